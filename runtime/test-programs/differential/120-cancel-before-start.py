# pins: a task cancelled before its first step never runs its body at all (not even the lines
# before the first await).
import asyncio


async def job():
    print("job started")
    await asyncio.sleep(0.1)


async def main():
    task = asyncio.create_task(job())
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled before it started")


asyncio.run(main())
