import asyncio

from looplab_probes import scenario


@scenario("other-tasks", limit=60)
async def other_tasks(learner):
    """stop_all() on tasks of the checks' own: two running, one finished, one failed."""
    stopped = []

    async def spinner(name):
        try:
            while True:
                await asyncio.sleep(0.25)
        finally:
            stopped.append(name)

    async def quick():
        return "finished early"

    async def broken():
        raise ValueError("jammed")

    tasks = [asyncio.create_task(spinner("north")), asyncio.create_task(quick()),
             asyncio.create_task(broken()), asyncio.create_task(spinner("south"))]
    stop_all = learner.stop_all
    await asyncio.sleep(0.6)
    try:
        count = await stop_all(tasks)
    except BaseException as error:  # CancelledError included: stop_all() let one escape
        return {"raised": f"{type(error).__name__}: {error}".rstrip(": ")}
    spinners = [tasks[0], tasks[3]]
    return {
        "raised": None,
        "count": count,
        "requested": all(task.cancelled() or task.cancelling() for task in spinners),
        "all_done": all(task.done() for task in tasks),
        "stopped": sorted(stopped),
    }
