import inspect

from looplab_probes import scenario


@scenario("water-the-rose")
async def water_the_rose(learner):
    return await learner.water("rose", 0.3)


@scenario("main-waters-each-plant")
async def main_waters_each_plant(learner):
    """Runs main() with water() watched: the (plant, seconds) of every call, however it is called."""
    water = learner.water
    calls = []

    async def watched(*args, **kwargs):
        calls.append(tuple(inspect.signature(water).bind(*args, **kwargs).arguments.values()))
        return await water(*args, **kwargs)

    learner.water = watched
    await learner.main()
    return calls
