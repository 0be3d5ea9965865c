# pins: Task.cancelling() counts pending cancel requests; a task that catches CancelledError and
# calls uncancel() can go on (as TaskGroup and timeout do internally).
import asyncio


async def stubborn():
    task = asyncio.current_task()
    for attempt in range(3):
        try:
            await asyncio.sleep(0.1)
            return f"finished on attempt {attempt}"
        except asyncio.CancelledError:
            print("cancelling() =", task.cancelling())
            task.uncancel()
            print("after uncancel:", task.cancelling())


async def main():
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(0.05)
    task.cancel()
    print(await task)


asyncio.run(main())
