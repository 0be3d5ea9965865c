# Tries: create ten million tasks at once.
import asyncio


async def tick(n):
    await asyncio.sleep(1)
    return n


async def main():
    tasks = [asyncio.create_task(tick(n)) for n in range(10**7)]
    print(len(await asyncio.gather(*tasks)))


asyncio.run(main())
