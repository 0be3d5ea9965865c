# pins: 100 concurrent sleeps of the same length take (about) one sleep, not a hundred; they finish
# in creation order.
import asyncio
import time


async def nap(n, order):
    await asyncio.sleep(0.1)
    order.append(n)


async def main():
    order = []
    start = time.monotonic()
    await asyncio.gather(*(nap(n, order) for n in range(100)))
    print("in order:", order == sorted(order), "count:", len(order))
    print("took tenths:", int((time.monotonic() - start) * 10))


asyncio.run(main())
