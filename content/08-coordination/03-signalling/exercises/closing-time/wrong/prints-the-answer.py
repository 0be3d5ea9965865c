import asyncio
import time

start = time.perf_counter()


def clock():
    return f"[{time.perf_counter() - start:.1f}s]"


async def packer(name, seconds, orders, closing):
    """Pack orders one at a time until the shop closes; never stop halfway through an order."""
    while orders:
        order = orders.pop(0)
        print(clock(), name, "packs", order)
        await asyncio.sleep(seconds)
        print(clock(), name, "finished", order)
    print(clock(), name, "goes home")


async def main():
    orders = [f"order-{n}" for n in range(1, 9)]
    closing = asyncio.Event()
    script = [(0.0, "Ana packs order-1"), (0.0, "Ben packs order-2"), (0.4, "Ana finished order-1"),
              (0.0, "Ana packs order-3"), (0.1, "Ben finished order-2"), (0.0, "Ben packs order-4"),
              (0.3, "Ana finished order-3"), (0.0, "Ana packs order-5"), (0.1, "closing time"),
              (0.1, "Ben finished order-4"), (0.0, "Ben goes home"), (0.2, "Ana finished order-5"),
              (0.0, "Ana goes home"), (0.0, "3 orders left for tomorrow")]
    for seconds, line in script:
        await asyncio.sleep(seconds)
        print(clock(), line)


asyncio.run(main())
