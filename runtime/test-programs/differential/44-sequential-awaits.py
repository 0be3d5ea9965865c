# pins: awaiting coroutines one after another runs them sequentially: the times add up.
import asyncio
import time


async def say(what, delay):
    await asyncio.sleep(delay)
    print(what, "at tenths", int((time.monotonic() - START) * 10))


async def main():
    await say("hello", 0.1)
    await say("world", 0.2)


START = time.monotonic()
asyncio.run(main())
