/**
 * The program on the landing page. Its output is checked against real CPython by
 * sample-program.test.ts, like every example in the course.
 */
export const sampleProgram = `import asyncio
import time


async def brew(drink, seconds):
    await asyncio.sleep(seconds)
    print(f"{drink} ready after {seconds} s")


async def main():
    start = time.perf_counter()
    await asyncio.gather(brew("tea", 3), brew("coffee", 2))
    print(f"both ready after {time.perf_counter() - start:.0f} s")


asyncio.run(main())
`

export const sampleOutput = `coffee ready after 2 s
tea ready after 3 s
both ready after 3 s
`
