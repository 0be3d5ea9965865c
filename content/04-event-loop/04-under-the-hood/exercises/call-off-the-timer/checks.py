from looplab_checks import check, expect, fail

EXPECTED = """\
[1.0s] toast is ready
[1.5s] toast is out: call off the smoke alarm
[1.5s] the loop has nothing left to do
"""


def outcome_of(run, name):
    probe = run.probe(name)
    if probe.error is not None:
        fail(f"With timers of the checks' own, the toy loop raised {type(probe.error).__name__}: {probe.error}")
    outcome = probe.value
    if outcome["handle"] is not None:
        fail(
            f"call_later() returned {outcome['handle']}, which has no cancel() method. Return a handle (a small "
            "Timer object, say) whose cancel() marks the timer as called off."
        )
    return outcome


@check("call_later() returns a handle with cancel()")
def returns_a_handle(run):
    outcome_of(run, "called-off-before-run")


@check("A timer that was called off never fires")
def never_fires(run):
    for name in ("called-off-before-run", "called-off-by-a-callback"):
        fired = [event for event, _ in outcome_of(run, name)["fired"]]
        if "late" in fired or "later" in fired or "early" in fired:
            fail(
                "A timer that was called off still ran its callback: cancel() marks it, but run() moves it into "
                "the ready queue all the same. When a timer comes due, skip it if it was called off."
            )


@check("run() does not wait for a timer that was called off")
def does_not_wait(run):
    outcome = outcome_of(run, "called-off-by-a-callback")
    if outcome["clock"] != 0.3:
        fail(
            f"A callback at 0.3 s called off the only timer still to come (due at 5.0 s), but run() went on to "
            f"{outcome['clock']:.1f} s before it stopped: it waited for a timer nobody wants. Before deciding "
            "how far to move the clock, drop the called-off timers from the top of the heap."
        )


@check("The other timers fire in deadline order")
def deadline_order(run):
    outcome = outcome_of(run, "called-off-before-run")
    if outcome["fired"] != [["a", 0.5], ["b", 1.0]] and outcome["fired"] != [("a", 0.5), ("b", 1.0)]:
        fail(
            f"Of timers due at 0.5 s (a), 1.0 s (b), 0.2 s and 2.0 s (both called off), the toy loop ran "
            f"{outcome['fired']!r} instead of a at 0.5 s and b at 1.0 s."
        )


expect.runs_ok()
expect.output(EXPECTED)
