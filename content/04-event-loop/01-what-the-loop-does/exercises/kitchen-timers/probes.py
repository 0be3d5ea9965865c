import asyncio

from looplab_probes import scenario


@scenario("tea-egg-toast")
async def tea_egg_toast(learner):
    """Other timers, in another order: returns how long set_timers() took to return."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    learner.set_timers(loop, [("tea", 3), ("egg", 1.5), ("toast", 2)])
    returned_after = loop.time() - start
    await asyncio.sleep(5)
    return returned_after
