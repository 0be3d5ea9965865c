from looplab_checks import check, expect, fail

EXPECTED = """\
[0.0s] batch 1 in the oven
[2.0s] batch 2 in the oven
[4.0s] batch 3 in the oven
[6.0s] oven off
[6.0s] bakery closed
"""


@check("The loop stops")
def loop_stops(run):
    if run.status != "deadlock":
        return
    if "stop() takes 1 positional argument but 2 were given" in run.stderr:
        fail(
            "The loop never stopped. add_done_callback() calls its function with the finished task as the "
            "argument, and loop.stop() takes no argument, so the call failed with a TypeError (see the error "
            "output). Wrap it: baking.add_done_callback(lambda task: loop.stop())."
        )
    fail(
        "The loop never stopped: the baking finished, but nothing called loop.stop() while the loop was "
        "running, so run_forever() waits for ever. Stop the loop when the baking task is done: "
        "baking.add_done_callback(...)."
    )


@check("The bakery closes after the baking")
def closes_after_baking(run):
    closed = run.line("bakery closed")
    if closed is None:
        fail('The program never prints "bakery closed".')
    if closed.t < 2.0:
        fail(
            f"The bakery closed at {closed.t:.1f} s, after the first batch went in. Calling loop.stop() before "
            "run_forever() makes the loop go round just once and return. The stop must happen when the "
            "baking task is done."
        )
    if run.line("oven off") is None:
        fail(
            'The loop stopped before the baking was finished: "oven off" was never printed. A timer set to '
            "the expected duration races with the work it is meant to wait for, and here it wins. Stop the "
            "loop when the baking task is done instead."
        )


@check("No timer guesses when to stop")
def no_guessing_timer(run):
    for site in run.code.calls(".call_later", ".call_at"):
        if any((run.code.resolve(arg) or "").endswith("stop") for arg in site.node.args):
            fail(
                f"Line {site.line} sets a timer to stop the loop. A timer only guesses how long the baking "
                "takes; stop the loop when the baking task is done instead."
            )


expect.output(EXPECTED)
expect.calls(
    ".run_forever",
    name="The loop still runs with run_forever()",
    message="Keep loop.run_forever(): the point is to stop it properly, not to replace it.",
)
expect.no_diagnostic("task-destroyed-pending", name="The baking task finishes before the loop closes")
expect.runs_ok()


@check("The bakery closes when the baking task is done")
def baked_by_the_task(run):
    baking = [task for task in run.tasks(coro="bake") if task.outcome == "done"]
    if not baking:
        fail(
            "The output is right, but no bake() task ran to its end: the lines were printed by other code. "
            "Start the baking with loop.create_task(bake(3)) and stop the loop when that task is done."
        )
