import re

from looplab_checks import check, expect, fail

EXPECTED = """\
[1.0s] still running: backup, report
[2.0s] still running: backup
[3.0s] all jobs done
"""
WANT = [("x, y, z", 0.5), ("y, z", 1.0), ("z", 1.5), ("z", 2.0)]
RUNNING = re.compile(r"still running: (.*)$")


@check("The watchdog does not count the task it runs in")
def not_itself(run):
    listed = [RUNNING.search(line.text).group(1) for line in run.lines if RUNNING.search(line.text)]
    if not listed:
        fail('The watchdog printed no "still running" report: ask asyncio.all_tasks() every `interval` seconds.')
    named = [names for names in listed if "Task-" in names]
    if named:
        fail(
            f'The watchdog lists "{named[0]}": asyncio.all_tasks() includes the task the watchdog itself runs in '
            "(main's task, Task-1). Leave out asyncio.current_task()."
        )


@check("watchdog() reports other jobs, and returns when they are done")
def other_jobs(run):
    probe = run.probe("three-other-jobs")
    if probe.error is not None:
        fail(f"watchdog(0.5) with three other jobs raised {type(probe.error).__name__}: {probe.error}")
    got = [(RUNNING.search(line.text).group(1), line.t) for line in probe.lines if RUNNING.search(line.text)]
    if [names for names, _ in got] != [names for names, _ in WANT] or probe.value is None or abs(probe.value - 2.5) > 0.05:
        shown = "; ".join(f"{names} at {t:.1f} s" for names, t in got) or "nothing"
        ended = f"{probe.value:.1f} s" if probe.value is not None else "never"
        fail(
            "With jobs x, y and z ending at 0.7, 1.2 and 2.2 s, watchdog(0.5) should report 'x, y, z', 'y, z', 'z', "
            f"'z' at 0.5, 1.0, 1.5 and 2.0 s and return at 2.5 s; it reported {shown} and returned at {ended}. "
            "Ask asyncio.all_tasks() on every round, and stop when no other task is left."
        )


expect.runs_ok()
expect.output(EXPECTED)
