# pins: a read-await-write on shared state loses updates without a lock and keeps them all with one.
import asyncio

balance = 0


async def deposit_unsafe(amount):
    global balance
    current = balance
    await asyncio.sleep(0.01)
    balance = current + amount


async def deposit_safe(lock, amount):
    global balance
    async with lock:
        current = balance
        await asyncio.sleep(0.01)
        balance = current + amount


async def main():
    global balance
    await asyncio.gather(*(deposit_unsafe(10) for _ in range(5)))
    print("without a lock:", balance)
    balance = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(deposit_safe(lock, 10) for _ in range(5)))
    print("with a lock:", balance)


asyncio.run(main())
