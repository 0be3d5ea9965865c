# pins: a background heartbeat task runs while the main work happens and is cancelled at the end;
# the number of beats follows from the timing.
import asyncio


async def heartbeat(log):
    while True:
        await asyncio.sleep(0.1)
        log.append("beat")


async def main():
    log = []
    beat = asyncio.create_task(heartbeat(log))
    await asyncio.sleep(0.35)
    beat.cancel()
    try:
        await beat
    except asyncio.CancelledError:
        pass
    print(len(log), "beats; cancelled:", beat.cancelled())


asyncio.run(main())
