from looplab_checks import check, expect, fail

EXPECTED = """\
[0.0s] dough: mixing
[0.0s] oven: heating up
[1.0s] dough: kneading
[2.5s] dough: ready
[3.0s] oven: hot
[3.0s] bread: baking
[4.0s] bread: done
baked in 4.0s
"""
OVEN_FIRST = EXPECTED.replace("[0.0s] dough: mixing\n[0.0s] oven: heating up", "[0.0s] oven: heating up\n[0.0s] dough: mixing")


@check("Baking starts only once the oven is hot and the dough is ready")
def bakes_when_ready(run):
    baking, hot, ready = run.line("bread: baking"), run.line("oven: hot"), run.line("dough: ready")
    if baking is None:
        fail('The bread never goes in: "bread: baking" is never printed.')
    too_soon_oven = hot is None or hot.index > baking.index
    too_soon_dough = ready is None or ready.index > baking.index
    if too_soon_oven and too_soon_dough:
        fail(
            f"Baking started at {baking.t:.1f} s, before the oven was hot and the dough was ready. Only the "
            "preheating can overlap with the dough work; the steps of the dough, and then the baking, still "
            "happen in order."
        )
    if too_soon_oven:
        when = f"only hot at {hot.t:.1f} s" if hot else "never hot"
        fail(
            f"The bread went in at {baking.t:.1f} s, but the oven was {when}: nothing waits for the oven task. "
            "Keep the task in a variable and `await` it before baking."
        )
    if too_soon_dough:
        fail(f"The bread went in at {baking.t:.1f} s, before the dough was ready. Work the dough first, then bake.")


@check("The oven heats while the dough is worked (4.0 s)")
def overlaps(run):
    if abs(run.elapsed - 4.0) <= 0.05:
        return
    if run.code.uses("asyncio.create_task"):
        fail(
            f"The bread is right but took {run.elapsed:.1f} s instead of 4.0 s: the oven task is awaited straight "
            "after it is created, so the dough waits for the oven. Work the dough first and await the oven "
            "only before baking."
        )
    fail(
        f"The bread is right but took {run.elapsed:.1f} s instead of 4.0 s: everything happens in turn. Start "
        "the oven as a task with asyncio.create_task(preheat_oven()), so it heats while the dough is worked."
    )


@check("The oven heats in a task of its own")
def oven_task(run):
    if not any(task.outcome == "done" for task in run.tasks(coro="preheat_oven")):
        fail(
            "The output and the timing look right, but no preheat_oven() task ran: the oven must heat in a "
            "task of its own while main() works the dough. Start it with "
            "oven = asyncio.create_task(preheat_oven()) and await it before baking."
        )


expect.output([EXPECTED, OVEN_FIRST])
expect.runs_ok()
expect.no_task_left_pending()
