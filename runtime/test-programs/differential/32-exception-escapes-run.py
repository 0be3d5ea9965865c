# pins: an exception escaping asyncio.run() prints a traceback to stderr and exits with code 1;
# output printed before it is kept.
import asyncio


async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("Something went wrong")


async def main():
    print("about to fail")
    task = asyncio.create_task(fail())
    await task
    print("never printed")


asyncio.run(main())
