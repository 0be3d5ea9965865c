/** The programs the bench runs: small and typical, and one that sleeps for 10 s in total. */

/** What a lesson's sandbox typically runs: a few tasks, a gather, some prints. */
export const warmProgram = `import asyncio

async def brew(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{name} ready after {seconds}s")
    return name

async def main():
    done = await asyncio.gather(brew("tea", 3), brew("coffee", 2), brew("cocoa", 1))
    print("served:", ", ".join(done))

asyncio.run(main())
`

/** Ten 1-second sleeps, one after the other: 10 s of real time on CPython. */
export const tenSecondsOfSleeps = `import asyncio
import time

async def main():
    started = time.monotonic()
    for tick in range(10):
        await asyncio.sleep(1)
        print("tick", tick + 1)
    print(f"slept {time.monotonic() - started:.0f} s")

asyncio.run(main())
`
