import asyncio

from looplab_probes import CallWatch, scenario

PLAYERS = [("dee", 4), ("eve", 6), ("fay", 1), ("gus", 7)]


@scenario("four-at-once")
async def four_at_once(learner):
    """Four players score at the same moment: is every point kept, and is every update logged?"""
    learner.score = 0
    log = CallWatch(learner, "save_to_log")
    await asyncio.gather(*(learner.add_points(player, points) for player, points in PLAYERS))
    return {"score": learner.score, "logged": len(log.calls)}
