from looplab_checks import check, expect, fail

EXPECTED = """\
[0.3s] mail backed up
[0.4s] keep-alive
[0.5s] photos backed up
[0.5s] backup finished
[0.9s] keep-alive
[1.0s] photos backed up
[1.2s] out of time: backup stopped
"""
NIGHT_ENDS = ("backup finished", "out of time")
KEEP_ALIVE_EVERY = 0.4  # seconds, as in keep_alive()


def night_ends(run):
    """The lines that end a night, or a failure when the program prints none."""
    ends = [line for line in run.lines if line.text.endswith("backup finished") or "out of time" in line.text]
    if not ends:
        fail('nightly_backup() should end each night by printing "backup finished" or "out of time: backup stopped".')
    return ends


@check("Each folder is backed up in a task of its own")
def by_back_up(run):
    lines = run.lines_with("backed up")
    if not lines:
        fail('No folder was backed up: back_up() prints "FOLDER backed up" when it is done.')
    main = {task.id for task in run.tasks(coro="main")}
    if any(line.task is None or line.task in main for line in lines):
        fail(
            "The \"backed up\" lines were printed by main() itself, not by back_up() tasks: keep back_up() and nightly_backup() "
            "doing the work, and change only how nightly_backup() owns and limits its tasks."
        )


@check("A night whose folders are all done ends at once")
def first_night_ends(run):
    first = night_ends(run)[0]
    if "out of time" in first.text and run.line("mail backed up") and run.line("mail backed up").t < first.t:
        fail(
            f"The first night ran out of time at {first.t:.1f} s although both its folders were backed up at 0.5 s: "
            "its group was still waiting for keep_alive(), which never ends on its own. Cancel the keep-alive "
            "task as soon as the backups are done."
        )


@check("keep_alive() stops when its night ends")
def keep_alive_stops(run):
    ends = night_ends(run)
    stray = [
        line
        for line in run.lines_with("keep-alive")
        if line.t > ends[-1].t
        or any(end.t < line.t < end.t + KEEP_ALIVE_EVERY - 0.05 for end in ends)  # too soon for the next night's
    ]
    pending = [task for task in run.tasks(coro="keep_alive") if task.left_pending]
    if stray or pending:
        fail(
            "A keep-alive from an earlier night was still running: keep_alive() was started with "
            "asyncio.create_task and nobody stopped it. Start it in a TaskGroup that belongs to the night and "
            "cancel it when the backups are done."
        )


@check("The second night stops at the 0.7 s limit")
def second_night_limited(run):
    ends = night_ends(run)
    music = run.line("music backed up")
    if music is not None:
        fail(
            f"The second night ran until music was backed up at {music.t:.1f} s: nothing limited it to LIMIT "
            "(0.7 s). Put the night's work, keep-alive included, inside `async with asyncio.timeout(LIMIT):`."
        )
    if len(ends) != 2:
        fail(
            "The second night went on after running out of time: the timeout covered one folder, not the night. "
            "Put one `async with asyncio.timeout(LIMIT):` around the night's whole group, so that its TimeoutError "
            "ends the night."
        )
    if "out of time" not in ends[1].text or abs(ends[1].t - 1.2) > 0.05:
        fail(f'The second night should print "out of time: backup stopped" at 1.2 s, 0.7 s after it began; it printed "{ends[1].text}".')


expect.no_task_left_pending()
expect.runs_ok()
expect.output(EXPECTED)
