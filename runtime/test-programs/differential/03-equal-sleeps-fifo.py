# pins: tasks sleeping the same delay wake in the order they started sleeping (3+ equal deadlines),
# across several rounds.
import asyncio


async def worker(name):
    for round_ in range(3):
        await asyncio.sleep(0.05)
        print(f"round {round_}: {name}")


async def main():
    await asyncio.gather(*(worker(n) for n in "ABCDE"))


asyncio.run(main())
