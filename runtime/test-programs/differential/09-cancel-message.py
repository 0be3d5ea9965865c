# pins: cancel(msg) delivers the message as the CancelledError's argument inside the task.
import asyncio


async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as exc:
        print("inside:", exc.args)
        raise


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    task.cancel("shutting down")
    try:
        await task
    except asyncio.CancelledError:
        print("outside: cancelled", task.cancelled())


asyncio.run(main())
