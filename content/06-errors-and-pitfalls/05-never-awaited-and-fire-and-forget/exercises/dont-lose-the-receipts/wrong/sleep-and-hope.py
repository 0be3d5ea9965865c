import asyncio
import time

START = time.perf_counter()
ORDERS = ["A-101", "A-102", "A-103"]


def clock():
    return f"[{time.perf_counter() - START:.1f}s]"


async def checkout(order):
    await asyncio.sleep(0.5)  # scanning and paying
    print(clock(), "checked out", order)


async def send_receipt(order):
    await asyncio.sleep(2)  # the mail server is slow
    print(clock(), "receipt sent for", order)



async def main():
    for order in ORDERS:
        await checkout(order)
        asyncio.create_task(send_receipt(order))
    await asyncio.sleep(1.2)  # give the receipts a moment
    print(clock(), "till closed")


asyncio.run(main())
