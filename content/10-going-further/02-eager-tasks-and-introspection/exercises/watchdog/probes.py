import asyncio

from looplab_probes import scenario


@scenario("three-other-jobs")
async def three_other_jobs(learner):
    """x ends at 0.7 s, y at 1.2 s, z at 2.2 s; the watchdog looks every 0.5 s."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    for name, seconds in [("z", 2.2), ("x", 0.7), ("y", 1.2)]:
        asyncio.create_task(asyncio.sleep(seconds), name=name)
    await learner.watchdog(0.5)
    return round(loop.time() - start, 2)
