# expect: time-limit
# a two-hour sleep is beyond the default one-hour virtual-time limit
import asyncio


async def main():
    print("going to sleep for two hours")
    await asyncio.sleep(7200)
    print("never printed")


asyncio.run(main())
