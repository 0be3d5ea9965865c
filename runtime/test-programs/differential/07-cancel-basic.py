# pins: cancel() raises CancelledError inside the task at its await; awaiting it re-raises;
# cancelled() is True afterwards.
import asyncio


async def sleeper():
    try:
        print("sleeping")
        await asyncio.sleep(10)
    finally:
        print("cleanup runs")


async def main():
    task = asyncio.create_task(sleeper())
    await asyncio.sleep(0.05)
    print("cancel() returned", task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print("main saw CancelledError")
    print("cancelled:", task.cancelled(), "done:", task.done())


asyncio.run(main())
