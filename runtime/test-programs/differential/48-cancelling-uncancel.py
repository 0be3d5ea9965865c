# pins: cancelling() counts pending cancellation requests; uncancel() takes one back.
import asyncio


async def stubborn():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("cancelling() inside:", me.cancelling())
        print("uncancel() ->", me.uncancel())
    await asyncio.sleep(0.01)
    return "survived"


async def main():
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    task.cancel()
    print("cancelling() outside:", task.cancelling())
    print(await task, task.cancelled())


asyncio.run(main())
