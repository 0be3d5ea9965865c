import asyncio

from looplab_probes import scenario


@scenario("other-providers")
async def other_providers(learner):
    """pay() with providers and limits of the checks' own: both receipts, and when the first came."""
    learner.LATENCY = dict(learner.LATENCY, TurtlePay=2.5, FastCard=0.2)
    loop = asyncio.get_running_loop()
    start = loop.time()
    first = await learner.pay(3, ["TurtlePay", "FastCard"], limit=1)
    middle = loop.time() - start
    second = await learner.pay(4, ["TurtlePay"], limit=3)
    return first, middle, second
