import asyncio

from looplab_probes import scenario


@scenario("close-at-0.4")
async def close_at(learner):
    """One packer, three orders of 0.3 s, closing at 0.4 s: it should finish b and leave c."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    orders = ["a", "b", "c"]
    closing = asyncio.Event()
    loop.call_later(0.4, closing.set)
    await learner.packer("Dee", 0.3, orders, closing)
    return {"left": orders, "elapsed": round(loop.time() - start, 2)}
