from looplab_checks import check, expect, fail

EXPECTED = "final score: 10\n"
TOTAL = 4 + 6 + 1 + 7


@check("Every update still writes its log line")
def logs_every_update(run):
    probe = run.probe("four-at-once")
    if probe.error is not None:
        if "different event loop" in str(probe.error):
            fail(
                f"Four players scoring at once made add_points() raise {type(probe.error).__name__}: {probe.error}. "
                "An asyncio object created at the top of the file belongs to the first event loop that uses it. "
                "You need no lock here: update the score with no `await` between reading and writing it."
            )
        fail(f"Four players scoring at once made add_points() raise {type(probe.error).__name__}: {probe.error}")
    logged = probe.value["logged"]
    if logged >= 4:
        return
    if run.code.unawaited("save_to_log"):
        fail(
            "`add_points` calls `save_to_log(...)` without `await`, so the log line is never written (Python warns "
            "\"coroutine 'save_to_log' was never awaited\"). Keep the `await`; only move it so that it does not sit "
            "between reading and writing the score."
        )
    fail(
        f"No points are lost now, but `add_points` no longer writes its log line: four players scored and "
        f"`save_to_log` was awaited {logged} times. Keep `await save_to_log(...)`; only move it so that it does not "
        "sit between reading and writing the score."
    )


@check("No points are lost when players score at the same time")
def no_points_lost(run):
    probe = run.probe("four-at-once")
    if probe.error is not None:
        fail("add_points() raised an error when four players scored at once (see above).")
    score = probe.value["score"]
    if score != TOTAL:
        fail(
            f"Points get lost when players score at the same time: four players scored 4 + 6 + 1 + 7 = {TOTAL} points "
            f"at once, but the score only went up by {score}. Each `add_points` reads the score, pauses at "
            "`await save_to_log(...)`, then writes back its old reading plus its points, so the last one to write "
            "wins. Update the score with no `await` between reading and writing it: `score += points`."
        )


@check("Players scoring at once do not wait for each other")
def no_waiting(run):
    probe = run.probe("four-at-once")
    if probe.error is not None:
        fail("add_points() raised an error when four players scored at once (see above).")
    if probe.elapsed > 0.15:
        fail(
            f"No points are lost, but `add_points` makes the updates wait for each other: four players scoring at "
            f"once took {probe.elapsed:.1f} s instead of 0.1 s, because the lock is held across the slow "
            "`save_to_log`. You need no lock here: update the score with no `await` between reading and writing it."
            if run.code.uses("asyncio.Lock")
            else f"No points are lost, but four players scoring at once took {probe.elapsed:.1f} s instead of 0.1 s: "
            "the updates wait for each other. Update the score with no `await` between reading and writing it, and "
            "let the log writes overlap."
        )


@check("The three updates in main() run at the same time (0.1 s)")
def main_concurrent(run):
    peak = run.max_concurrent("add_points")
    if peak >= 3 and abs(run.elapsed - 0.1) <= 0.05:
        return
    if run.elapsed > 0.15:
        fail(
            f"The three updates ran one after another: the program took {run.elapsed:.1f} s instead of 0.1 s. "
            "Keep `asyncio.gather` in `main`, and fix the race inside `add_points` instead."
        )
    if peak < 3:
        fail(
            f"main() did not run the three updates at the same time: the timeline shows at most {peak} "
            "add_points() task(s) at once. Keep main() as it is, gathering the three updates."
        )
    fail(f"The program took {run.elapsed:.1f} s instead of 0.1 s.")


expect.runs_ok()
expect.output(EXPECTED)
