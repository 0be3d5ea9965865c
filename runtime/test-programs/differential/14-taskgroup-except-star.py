# pins: a failing child cancels its siblings; the group raises an ExceptionGroup handled by except*.
import asyncio


async def ok(delay):
    try:
        await asyncio.sleep(delay)
        print("ok finished", delay)
    except asyncio.CancelledError:
        print("ok cancelled", delay)
        raise


async def bad():
    await asyncio.sleep(0.05)
    raise ValueError("bad input")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(0.01))
            tg.create_task(bad())
            tg.create_task(ok(0.2))
    except* ValueError as group:
        print("caught", [str(e) for e in group.exceptions])
    except* TypeError:
        print("not this one")


asyncio.run(main())
