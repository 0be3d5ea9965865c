# pins: asyncio.sleep(delay, result) returns result; negative delays act like zero.
import asyncio


async def main():
    print(await asyncio.sleep(0.05, result="woke"))
    print(await asyncio.sleep(-1, "negative is fine"))


asyncio.run(main())
