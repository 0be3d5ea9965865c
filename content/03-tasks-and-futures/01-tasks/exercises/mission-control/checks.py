import re

from looplab_checks import check, expect, fail

EXPECTED = """\
[1.0s] probe-venus landed: thick clouds
[2.0s] probe-titan landed: methane lakes
[3.0s] probe-mars landed: red dust
[3.0s] all probes down
"""
PROBES = {"thick clouds": ("probe-venus", 1.0), "methane lakes": ("probe-titan", 2.0), "red dust": ("probe-mars", 3.0)}
LANDED = re.compile(r"(\S+) landed: (.+)$")

@check("report() is called only once a probe has landed")
def report_after_landing(run):
    if not run.code.uses(".add_done_callback"):
        fail("Nothing calls report() yet. Have each task call it when its probe lands: task.add_done_callback(report).")
    if run.raised("InvalidStateError"):
        fail(REPORT_TOO_EARLY)


REPORT_TOO_EARLY = (
    "report() ran straight away and raised InvalidStateError: Result is not set, because the probe had "
    "not landed yet. add_done_callback(report(probe)) calls report on the spot; pass the function itself, "
    "add_done_callback(report), and the task will call it when it finishes."
)


def landings(run):
    found = []
    for line in run.lines:
        match = LANDED.search(line.text)
        if match and match.group(2) in PROBES:
            found.append((line, match.group(1), match.group(2)))
    return found


@check("Each task is named after its probe")
def named_tasks(run):
    if not landings(run):
        fail("No probe reported landing yet, so there is no task name to check. Launch one task per probe, "
             "named after it: asyncio.create_task(fly(seconds, finding), name=name).")
    for line, name, finding in landings(run):
        probe, _ = PROBES[finding]
        if name != probe:
            fail(
                f'The reports say "{name} landed" instead of "{probe} landed": the tasks kept their default '
                "names. Name each task after its probe: asyncio.create_task(..., name=name)."
            )


@check("The probes fly at the same time and report as they land")
def land_on_time(run):
    found = landings(run)
    if len(found) < 3:
        fail(
            f"Only {len(found)} of the 3 probes reported landing. Launch one task per probe and have "
            "report() called when each task finishes: task.add_done_callback(report)."
        )
    for line, _, finding in found:
        probe, due = PROBES[finding]
        if abs(line.t - due) > 0.05:
            fail(
                f"The probes flew one after another: {probe} landed at {line.t:.1f} s instead of {due:.1f} s, and "
                f"the mission took {run.elapsed:.1f} s instead of 3.0 s. Awaiting each task right after creating "
                "it waits for it before the next one is launched. Create all three tasks first, then wait for "
                "them together."
            )


expect.output(EXPECTED)
expect.max_concurrent_tasks(
    coro="fly",
    at_least=3,
    name="Three fly() tasks are in the air at once",
    message="The landings look right, but the three probes never flew at the same time: the most fly() tasks "
    "in the air at once was {peak}. Launch each probe as a task (asyncio.create_task(fly(...))) so all three "
    "fly at the same time.",
)


@check("report() is called by the tasks, not by main()")
def reports_by_callback(run):
    if not run.code.uses(".add_done_callback"):
        fail("Have each task call report() when it lands: probe.add_done_callback(report). Do not call report() yourself.")


expect.runs_ok()
