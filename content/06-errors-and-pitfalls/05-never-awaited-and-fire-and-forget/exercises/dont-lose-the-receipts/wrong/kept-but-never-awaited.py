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
    receipts = []
    for order in ORDERS:
        await checkout(order)
        receipts.append(asyncio.create_task(send_receipt(order)))
    print(clock(), "till closed")


asyncio.run(main())
