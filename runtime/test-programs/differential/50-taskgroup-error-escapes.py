# pins: an ExceptionGroup escaping asyncio.run() gives a traceback on stderr and exit code 1;
# the output printed before it is kept.
import asyncio


async def fail(n):
    await asyncio.sleep(0.01 * n)
    raise RuntimeError(f"task {n} failed")


async def main():
    print("starting group")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(1))
        tg.create_task(fail(1))


asyncio.run(main())
