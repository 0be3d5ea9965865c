from looplab_checks import check, expect, fail

EXPECTED = """\
[1.0s] delivery: unloaded
[2.0s] belt A: stopped after 6 boxes
[2.0s] belt B: stopped after 2 boxes
[2.0s] closing time: 2 of 3 tasks cancelled
"""

GATHER_RAISES = (
    "The program ended with CancelledError: gather() without return_exceptions=True raises the first "
    "CancelledError of the tasks it waits for, straight into stop_all() and main(). Pass "
    "return_exceptions=True, so that the CancelledErrors come back as values."
)

expect.no_exception("CancelledError", name="The program does not end with CancelledError", message=GATHER_RAISES)


@check("stop_all() cancels every task and waits until all have stopped")
def waits_for_all(run):
    probe = run.probe("other-tasks")
    if probe.error is not None:
        fail(f"stop_all() raised {type(probe.error).__name__}: {probe.error}")
    outcome = probe.value
    if outcome["raised"] == "CancelledError":
        fail(GATHER_RAISES)
    if outcome["raised"] is not None:
        fail(f"With tasks of the checks' own (one of which failed with ValueError), stop_all() raised {outcome['raised']}.")
    if not outcome["requested"]:
        fail(
            "stop_all() does not cancel the tasks yet: two of the checks' tasks loop for ever and were still "
            "running when it returned. Call cancel() on every task, then wait for them all."
        )
    if not outcome["all_done"] or outcome["stopped"] != ["north", "south"]:
        fail(
            "stop_all() returned before the tasks had stopped: cancel() only requests cancellation, and each "
            "task stops at its next step. After cancelling, wait for them all with "
            "await asyncio.gather(*tasks, return_exceptions=True)."
        )


@check("stop_all() counts only the tasks that ended cancelled")
def counts_cancelled(run):
    probe = run.probe("other-tasks")
    outcome = probe.value or {}
    if probe.error is not None or outcome.get("raised") is not None:
        fail("stop_all() did not finish with the checks' tasks (see the check above), so there is no count to check.")
    if outcome["count"] != 2:
        fail(
            f"Of the checks' four tasks, two were running and ended cancelled, one had finished and one had "
            f"failed, but stop_all() returned {outcome['count']!r}. A task that is already done cannot be "
            "cancelled: count the tasks whose cancelled() is True, after waiting for them."
        )


expect.runs_ok()
expect.output(EXPECTED)
