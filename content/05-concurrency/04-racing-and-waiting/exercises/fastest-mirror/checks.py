from looplab_checks import check, expect, fail

EXPECTED = """\
file.zip from us.example.org
done after 0.3s
"""


@check("fastest() returns the first file to arrive")
def first_file(run):
    probe = run.probe("race")
    if probe.error is not None:
        fail(f"fastest() with three other mirrors raised {type(probe.error).__name__}: {probe.error}")
    got = probe.value
    if got["elapsed"] > 0.25:
        if run.code.uses("asyncio.wait"):
            fail(
                f"fastest() waited for every mirror: with downloads taking 0.5, 0.2 and 0.4 s it returned after "
                f"{got['elapsed']:.1f} s instead of 0.2 s. asyncio.wait(tasks) waits for ALL_COMPLETED unless told "
                "otherwise: pass return_when=asyncio.FIRST_COMPLETED."
            )
        fail(
            f"fastest() waited for every mirror: with downloads taking 0.5, 0.2 and 0.4 s it returned after "
            f"{got['elapsed']:.1f} s instead of 0.2 s, because gather returns only when every download is done. "
            "Start the downloads as tasks and wait with asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)."
        )
    if got["file"] != "file.zip from quick.example":
        fail(f"fastest() returned {got['file']!r}, but the first file to arrive was 'file.zip from quick.example'.")


@check("The other downloads are cancelled")
def losers_cancelled(run):
    got = run.probe("race").value
    if got["running"] > 0:
        fail(
            f"fastest() returned the first file, but {got['running']} other downloads were still running: "
            "asyncio.wait cancels nothing. Cancel every task in `pending` before returning."
        )
    cancelled = [task for task in run.probe("race").tasks(coro="download") if task.outcome == "cancelled"]
    if got["cancelling"] == 0 and not cancelled:
        fail("No download was cancelled: fastest() must start all three and cancel the two that lose the race.")


@check("The cancelled downloads have stopped when fastest() returns")
def losers_awaited(run):
    probe = run.probe("race")
    got = probe.value
    if got["cancelling"] == 0 and not any(task.outcome == "cancelled" for task in probe.tasks(coro="download")):
        fail("No download was cancelled, so there is nothing to wait for yet: cancel the losers first.")
    if got["cancelling"] > 0:
        fail(
            f"fastest() cancels the other downloads but returns before they have stopped ({got['cancelling']} were "
            "still finishing): cancel() only asks. Wait for them after cancelling: "
            "await asyncio.gather(*pending, return_exceptions=True)."
        )


expect.max_concurrent_tasks(
    coro="download",
    at_least=3,
    name="The three downloads run at once",
    message="The most download() tasks running at once was {peak}, not 3: start a task for every mirror before "
    "waiting.",
)
expect.runs_ok()
expect.output(EXPECTED)
