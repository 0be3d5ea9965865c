import asyncio
import inspect

from looplab_probes import scenario


@scenario("is-async-generator")
async def is_async_generator(learner):
    return inspect.isasyncgenfunction(learner.feed)


@scenario("cellar")
async def cellar(learner):
    """Read the cellar sensor, two readings 0.4 s apart: what arrives, and when."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    got = []
    async for line in learner.feed("cellar", [12.0, 11.5], 0.4):
        got.append((line, round(loop.time() - start, 2)))
    return got


@scenario("stop-after-one")
async def stop_after_one(learner):
    """Take one reading of five and stop: only one interval should pass."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    stream = learner.feed("attic", [30.0, 31.0, 32.0, 33.0, 34.0], 1.5)
    first = await anext(stream)
    await stream.aclose()
    return first, round(loop.time() - start, 2)
