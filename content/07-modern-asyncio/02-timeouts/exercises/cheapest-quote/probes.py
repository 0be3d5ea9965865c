import asyncio

from looplab_probes import CallWatch, scenario

OTHER_SHOPS = {
    "Nail Depot": (0.5, 7.0),
    "Never Calls Back": (1000, 1.0),
    "Screw U": (0.2, 8.5),
}


@scenario("other-shops", limit=60)
async def other_shops(learner):
    """Shops of the checks' own, one of which never answers, with a 0.9 s limit."""
    learner.SHOPS = dict(OTHER_SHOPS)
    best_quote = learner.best_quote
    watch = CallWatch(learner, "ask")
    loop = asyncio.get_running_loop()
    began = loop.time()
    result = await best_quote(list(OTHER_SHOPS), 0.9)
    return {"result": result, "after": loop.time() - began, "asked": len(watch.calls), "peak": watch.peak}
