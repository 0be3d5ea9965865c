import asyncio

from looplab_probes import scenario


@scenario("readings-beside-a-heartbeat")
async def readings_beside_a_heartbeat(learner):
    """log_readings() while another task ticks every 0.1 s: how often it could tick meanwhile."""
    ticks = 0

    async def heartbeat():
        nonlocal ticks
        while True:
            await asyncio.sleep(0.1)
            ticks += 1

    beat = asyncio.create_task(heartbeat())
    try:
        await learner.log_readings()
    finally:
        beat.cancel()
    return ticks
