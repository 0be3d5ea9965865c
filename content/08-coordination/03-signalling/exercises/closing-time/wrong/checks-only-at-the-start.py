import asyncio
import time

start = time.perf_counter()


def clock():
    return f"[{time.perf_counter() - start:.1f}s]"


async def packer(name, seconds, orders, closing):
    """Pack orders one at a time until the shop closes; never stop halfway through an order."""
    if closing.is_set():
        return
    while orders:
        order = orders.pop(0)
        print(clock(), name, "packs", order)
        await asyncio.sleep(seconds)
        print(clock(), name, "finished", order)
    print(clock(), name, "goes home")


async def main():
    orders = [f"order-{n}" for n in range(1, 9)]
    closing = asyncio.Event()
    packers = [
        asyncio.create_task(packer("Ana", 0.4, orders, closing)),
        asyncio.create_task(packer("Ben", 0.5, orders, closing)),
    ]
    await asyncio.sleep(0.9)
    print(clock(), "closing time")
    closing.set()
    await asyncio.gather(*packers, return_exceptions=True)
    print(clock(), f"{len(orders)} orders left for tomorrow")


asyncio.run(main())
