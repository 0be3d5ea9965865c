# expect: time-limit
# a periodic task with no end: its output up to the limit is kept
import asyncio


async def main():
    n = 0
    while True:
        await asyncio.sleep(60)
        n += 1
        print("minute", n)


asyncio.run(main())
