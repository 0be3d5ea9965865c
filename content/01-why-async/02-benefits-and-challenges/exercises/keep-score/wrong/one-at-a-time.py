import asyncio

score = 0


async def save_to_log(line):
    await asyncio.sleep(0.1)  # the log lives on a slow disk


async def add_points(player, points):
    global score
    score += points  # read and write together, with no await in between
    await save_to_log(f"{player} +{points}")


async def main():
    for player, points in [("ada", 3), ("bo", 5), ("cy", 2)]:
        await add_points(player, points)
    print(f"final score: {score}")


asyncio.run(main())
