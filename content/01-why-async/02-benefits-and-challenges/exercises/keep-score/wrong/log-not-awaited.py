import asyncio

score = 0


async def save_to_log(line):
    await asyncio.sleep(0.1)  # the log lives on a slow disk


async def add_points(player, points):
    global score
    current = score
    save_to_log(f"{player} +{points}")
    score = current + points


async def main():
    await asyncio.gather(add_points("ada", 3), add_points("bo", 5), add_points("cy", 2))
    print(f"final score: {score}")


asyncio.run(main())
