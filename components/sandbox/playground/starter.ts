/** What the playground shows before the learner writes anything: three tasks, one gather. */
export const starterProgram = `import asyncio


async def brew(drink, seconds):
    print(f"start {drink}")
    await asyncio.sleep(seconds)
    print(f"{drink} is ready")
    return drink


async def main():
    drinks = await asyncio.gather(
        brew("coffee", 3),
        brew("tea", 2),
        brew("cocoa", 1),
    )
    print("served:", ", ".join(drinks))


asyncio.run(main())
`
