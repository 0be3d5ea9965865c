from looplab_checks import check, expect, fail

EXPECTED = """\
attempt 1 failed: no signal
attempt 2 failed: no signal
[2.6s] got 21.5 °C
attempt 1 failed: battery empty
attempt 2 failed: battery empty
[3.5s] gave up: battery empty
"""


expect.no_call(
    "time.sleep",
    name="The pause does not block the event loop",
    message="Your retries work, but the pause uses `time.sleep`, which blocks the whole event loop: while "
    "`retry` waited, every other task stood still. Use `await asyncio.sleep(delay)`.",
)


@check("After the last failed attempt, the ConnectionError comes out")
def gives_up_loudly(run):
    probe = run.probe("always-fails")
    if probe.error is not None:
        fail(f"retry() with an operation that always fails raised {type(probe.error).__name__}: {probe.error}")
    outcome = probe.value
    how, value, calls = outcome["how"], outcome["value"], outcome["calls"]
    if how == "returned":
        extra = " (and it waits one extra `delay` first)" if probe.elapsed > 3 * 0.1 + 2 * 0.5 + 0.05 else ""
        fail(
            f"When every attempt fails, `retry` returns `{value!r}` instead of raising the last `ConnectionError`, "
            f"so the caller cannot tell a failure from a result{extra}. Re-raise after the last attempt."
        )
    if calls != 3:
        fail(f"With attempts=3 and an operation that always fails, `retry` should call it 3 times, but called it {calls} time{'s' if calls != 1 else ''}.")
    if not outcome["same"]:
        fail("After the last attempt, `retry` should re-raise the last `ConnectionError` itself (a bare `raise` in the `except` block).")
    if probe.elapsed > 3 * 0.1 + 2 * 0.5 + 0.05:
        fail(f"`retry` paused after the last attempt too ({probe.elapsed:.1f} s instead of 1.3 s). Re-raise at once: there is nothing left to wait for.")


@check("Other exceptions come out at once, without a retry")
def other_errors_not_retried(run):
    probe = run.probe("other-error")
    outcome = probe.value if probe.error is None else {"same": False, "calls": None}
    calls = outcome["calls"]
    if calls is not None and calls > 1:
        fail(
            "Your `retry` also retried a `ValueError`. Only `ConnectionError` is worth another try; catch just "
            "that, so every other exception comes out straight away."
        )
    if not outcome["same"]:
        fail("A `ValueError` raised by the operation should come straight out of `retry`, unchanged.")


@check("retry() returns the first success and lets other tasks run while it waits")
def success_with_heartbeat(run):
    probe = run.probe("success-with-heartbeat")
    if probe.error is not None:
        fail(f"retry() with an operation that fails once, then answers 42, raised {type(probe.error).__name__}: {probe.error}")
    value, calls, ticks = probe.value
    if value != 42 or calls != 2:
        fail(f"With an operation that fails once and then answers 42, `retry` should return 42 after 2 calls; it returned {value!r} after {calls}.")
    if probe.line("attempt 1 failed: busy") is None:
        fail('After the first failure, `retry` should print "attempt 1 failed: busy".')
    if abs(probe.elapsed - 1.4) > 0.05:
        fail(f"Two calls of 0.2 s with a 1.0 s pause between should take 1.4 s, but took {probe.elapsed:.1f} s.")
    if ticks < 12:
        fail("While `retry` paused, other tasks could not run: pause with `await asyncio.sleep(delay)`.")


expect.runs_ok()
expect.output(EXPECTED)
