import asyncio

from looplab_probes import scenario


@scenario("lab")
async def lab(learner):
    """Borrow the projector for the lab: what the block gets, and when it starts and ends."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with learner.borrow("lab") as projector:
        print("BLOCK STARTS")
        entered = round(loop.time() - start, 2)
        await asyncio.sleep(1)
        print("BLOCK ENDS")
    return {"projector": projector, "entered": entered, "left": round(loop.time() - start, 2)}


@scenario("lab-raises")
async def lab_raises(learner):
    """A block that raises: is the projector switched off, and does the error come out?"""
    loop = asyncio.get_running_loop()
    start = loop.time()
    problem = KeyError("no slides")
    try:
        async with learner.borrow("gym"):
            print("BLOCK STARTS")
            await asyncio.sleep(0.3)
            raise problem
    except KeyError as error:
        return {"raised": True, "same": error is problem, "left": round(loop.time() - start, 2)}
    return {"raised": False, "same": False, "left": round(loop.time() - start, 2)}
