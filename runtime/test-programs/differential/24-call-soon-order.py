# pins: call_soon() callbacks run in FIFO order, interleaved with task steps as the loop
# schedules them.
import asyncio


def callback(tag):
    print("callback", tag)


async def task(tag):
    print("task", tag, "step 1")
    await asyncio.sleep(0)
    print("task", tag, "step 2")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(callback, 1)
    t = asyncio.create_task(task("A"))
    loop.call_soon(callback, 2)
    print("main before yield")
    await asyncio.sleep(0)
    loop.call_soon(callback, 3)
    print("main after first yield")
    await t
    print("main done")


asyncio.run(main())
