import asyncio
import time

start = time.perf_counter()


async def check_stock(item, seconds):
    await asyncio.sleep(seconds)  # ask the warehouse
    return f"{item}: in stock"


async def main():
    results = await asyncio.gather(
        check_stock("flour", 0.3),
        check_stock("sugar", 0.2),
        check_stock("eggs", 0.1),
    )
    for line in results:
        print(line)
    print(f"checked in {time.perf_counter() - start:.1f}s")


asyncio.run(main())
