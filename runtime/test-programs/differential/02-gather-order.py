# pins: gather() returns results in argument order while the prints show finish order.
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print(f"finished {name}")
    return name.upper()


async def main():
    results = await asyncio.gather(fetch("slow", 0.3), fetch("fast", 0.1), fetch("mid", 0.2))
    print(results)


asyncio.run(main())
