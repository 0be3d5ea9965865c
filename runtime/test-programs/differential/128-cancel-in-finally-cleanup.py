# pins: a cancelled task can await in its finally block (cleanup takes time) before it ends
# cancelled; the canceller waits for that cleanup.
import asyncio


async def connection():
    try:
        print("serving")
        await asyncio.sleep(10)
    finally:
        print("closing connection")
        await asyncio.sleep(0.1)
        print("connection closed")


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(connection())
    await asyncio.sleep(0.05)
    start = loop.time()
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print(f"cancelled after {loop.time() - start:.1f} s of cleanup")


asyncio.run(main())
