# pins: shield() protects the inner task when the waiter is cancelled: the waiter gets
# CancelledError, the inner task runs on to completion and keeps its result.
import asyncio


async def save(data):
    await asyncio.sleep(0.2)
    print("saved", data)
    return "ok"


saves = []


async def handler():
    inner = asyncio.create_task(save("report"))
    saves.append(inner)
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("handler cancelled; save still running:", not inner.done())
        raise


async def main():
    task = asyncio.create_task(handler())
    await asyncio.sleep(0.1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("handler task cancelled:", task.cancelled())
    print("inner result:", await saves[0])


asyncio.run(main())
