import asyncio

from looplab_probes import scenario


def downloads_left():
    """The learner's download tasks still unfinished: how many were asked to cancel, how many not."""
    left = [task for task in asyncio.all_tasks()
            if getattr(task.get_coro(), "__name__", "") == "download" and not task.done()]
    cancelling = sum(1 for task in left if task.cancelling())
    return len(left) - cancelling, cancelling


@scenario("race")
async def race(learner):
    """Three other mirrors: quick.example answers first, after 0.2 s."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    file = await learner.fastest({"slow.example": 0.5, "quick.example": 0.2, "medium.example": 0.4})
    elapsed = round(loop.time() - start, 2)
    running, cancelling = downloads_left()  # right as fastest() returns, before anything else runs
    return {"file": file, "elapsed": elapsed, "running": running, "cancelling": cancelling}
