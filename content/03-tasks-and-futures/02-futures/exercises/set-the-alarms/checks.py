from looplab_checks import check, expect, fail

EXPECTED = """\
[1.0s] tea is ready
[2.0s] wake up!
[2.0s] meeting alarm dismissed? True
"""


@check("set_alarm() is a plain function")
def plain_function(run):
    info = run.code.function("set_alarm")
    if info is None:
        fail(
            "Your code has no set_alarm() function: the lines were printed by other code. Write set_alarm(seconds, "
            "message) so that it returns a future, completed with message by a timer after seconds."
        )
    if info.is_async:
        fail(
            "set_alarm() is an async def, so calling it gives a coroutine: it does nothing until awaited and "
            "cannot be cancelled. Make it a plain def that creates a future with loop.create_future(), sets a "
            "timer with loop.call_later() that completes it, and returns the future."
        )


@check("set_alarm() returns a future that completes on time")
def completes_on_time(run):
    probe = run.probe("one-alarm")
    if probe.error is not None:
        fail(f"set_alarm(0.7, 'time to stretch') raised {type(probe.error).__name__}: {probe.error}")
    outcome = probe.value
    if outcome["returned"] is not None:
        fail(
            f"set_alarm() returned {outcome['returned']} instead of a future. Create one with "
            "asyncio.get_running_loop().create_future(), set a timer that completes it, and return it."
        )
    if outcome["done_at_once"]:
        fail(
            "set_alarm(0.7, ...) returned a future that was already done: the alarm rang at once instead of "
            "after 0.7 s. Complete the future from a timer: loop.call_later(seconds, ...)."
        )
    if outcome["value"] != "time to stretch" or abs(outcome["after"] - 0.7) > 0.05:
        fail(
            f"set_alarm(0.7, 'time to stretch') completed with {outcome['value']!r} after {outcome['after']:.1f} s, "
            "instead of with 'time to stretch' after 0.7 s."
        )


@check("A dismissed alarm stays silent")
def dismissed_stays_silent(run):
    probe = run.probe("dismissed-alarm")
    if probe.error is not None:
        fail(f"Cancelling an alarm and waiting past its time raised {type(probe.error).__name__}: {probe.error}")
    outcome = probe.value
    if outcome["returned"] is not None:
        fail(f"set_alarm() returned {outcome['returned']} instead of a future.")
    if not (outcome["dismissed"] and outcome["cancelled"]):
        fail("Cancelling an alarm before its time did not cancel its future: return the future itself, still pending.")
    if outcome["reported"] or "InvalidStateError" in run.stderr:
        fail(
            "When an alarm is dismissed (its future cancelled), its timer still goes off and calls set_result on "
            "a future that is already done: the loop logs InvalidStateError. In the timer's callback, complete "
            "the future only if it is not done yet (or cancel the timer when the future is cancelled)."
        )


expect.runs_ok()
expect.output(EXPECTED)
