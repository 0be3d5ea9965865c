# pins: when one TaskGroup child fails, its siblings are cancelled (their finally blocks run) and
# the group raises an ExceptionGroup with just the failure.
import asyncio


async def worker(name, seconds):
    try:
        await asyncio.sleep(seconds)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def failing():
    await asyncio.sleep(0.1)
    raise ValueError("bad input")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("fast", 0.05))
            tg.create_task(worker("slow", 0.5))
            tg.create_task(failing())
    except* ValueError as group:
        print("caught:", [str(e) for e in group.exceptions])


asyncio.run(main())
