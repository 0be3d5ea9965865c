from looplab_checks import check, expect, fail

EXPECTED = """\
[0.3s] upload: FAILED with OSError: disk full
[0.6s] backup: backup finished
[1.0s] thumbnails: cancelled
[1.1s] night shift over
"""


def report_lines(run):
    probe = run.probe("other-tasks")
    if probe.error is not None:
        fail(f"The checks' scenario stopped with {type(probe.error).__name__}: {probe.error}")
    return probe, probe.value["callback_errors"]


@check("report() handles a cancelled task")
def handles_cancelled(run):
    probe, errors = report_lines(run)
    if "CancelledError" in errors:
        fail(
            "When a task was cancelled, report() raised CancelledError: exception() and result() raise it on a "
            "cancelled task. Check task.cancelled() first."
        )
    if probe.line("render: cancelled") is None:
        fail('For a task named "render" that was cancelled, report() printed no line "render: cancelled".')


@check("report() handles a failed task")
def handles_failed(run):
    probe, errors = report_lines(run)
    if "ValueError" in errors:
        fail(
            "When a task failed, report() raised ValueError: result() raises the task's exception again. Ask "
            "task.exception() before asking for the result."
        )
    if probe.line("sync: FAILED with ValueError: bad batch") is None:
        fail(
            'For a task named "sync" that failed with ValueError("bad batch"), report() printed no line '
            '"sync: FAILED with ValueError: bad batch".'
        )


@check("report() handles a finished task")
def handles_finished(run):
    probe, _ = report_lines(run)
    if probe.line("lab: 42 samples") is None:
        fail('For a task named "lab" that returned "42 samples", report() printed no line "lab: 42 samples".')


@check("Each job is reported the moment it ends")
def reported_as_they_end(run):
    if run.line("upload: FAILED") is None:
        if not run.code.uses(".add_done_callback"):
            fail(
                "Nothing reported how the upload ended: main() never gives report() the tasks. Add it as each "
                "task's done callback, with task.add_done_callback(report), when you create the task."
            )
        fail('Nothing printed "upload: FAILED with OSError: disk full" when the upload failed at 0.3 s.')


expect.no_diagnostic("task-exception-never-retrieved")
expect.runs_ok()
expect.output(EXPECTED)
