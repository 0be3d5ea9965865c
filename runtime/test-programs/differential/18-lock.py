# pins: a Lock serialises a read-await-write section; without it updates are lost.
import asyncio


class Account:
    def __init__(self):
        self.balance = 0
        self.lock = asyncio.Lock()


async def deposit_unsafe(acct):
    current = acct.balance
    await asyncio.sleep(0.01)
    acct.balance = current + 10


async def deposit_safe(acct):
    async with acct.lock:
        current = acct.balance
        await asyncio.sleep(0.01)
        acct.balance = current + 10


async def main():
    a = Account()
    await asyncio.gather(*(deposit_unsafe(a) for _ in range(5)))
    print("unsafe balance:", a.balance)
    b = Account()
    await asyncio.gather(*(deposit_safe(b) for _ in range(5)))
    print("safe balance:", b.balance, "locked:", b.lock.locked())


asyncio.run(main())
