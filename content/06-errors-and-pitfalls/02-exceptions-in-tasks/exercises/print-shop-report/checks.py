from looplab_checks import check, expect, fail

EXPECTED = """\
flyers: flyers printed
posters: FAILED (paper jam)
cards: cards printed
banner: FAILED (out of ink)
2 of 4 jobs done in 2.0s
"""
JOBS = ["flyers", "posters", "cards", "banner"]

expect.no_exception(
    "InvalidStateError",
    name="No outcome is asked for too early (InvalidStateError)",
    message="`task.exception()` raised `InvalidStateError`: you asked the tasks for their outcome at {elapsed:.1f} s, "
    "before any of them had finished. Wait for each task first (await it inside a try/except).",
)
expect.runs_ok()


@check("Every job is reported")
def every_job(run):
    reported = [name for name in JOBS if run.line_starting(f"{name}: ")]
    if len(reported) == len(JOBS):
        return
    if reported:
        fail(
            f"The report stops after `{reported[-1]}`: the `try` wraps the whole loop, so the first failure ends "
            "it, and the other jobs are never reported. Put the try/except around each `await task`, inside the loop."
        )
    fail("No job is reported: print one line per job, in the order of JOBS.")


@check("The jobs print at the same time (2.0 s)")
def concurrent(run):
    if abs(run.elapsed - 2.0) <= 0.05:
        return
    fail(
        f"The report is right, but it took {run.elapsed:.1f} s instead of 2.0 s: awaiting each `print_job(...)` "
        "coroutine directly runs the jobs one after another. Create all the tasks first, then await them one by one."
    )


expect.max_concurrent_tasks(
    coro="print_job",
    at_least=4,
    name="The four print_job() tasks run at once",
    message="The report and the timing look right, but the jobs never printed at the same time: the most "
    "print_job() tasks running at once was {peak}, not 4. Create a task for every job first, then await them "
    "one by one.",
)
expect.output(EXPECTED)
expect.no_diagnostic("task-exception-never-retrieved", name="Every task's exception is retrieved")
