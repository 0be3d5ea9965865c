# pins: cancel() on a finished task returns False; cancelling a pending one returns True and
# awaiting it raises CancelledError; result() of a cancelled task raises too.
import asyncio


async def job():
    await asyncio.sleep(0.1)
    return "done"


async def main():
    finished = asyncio.create_task(job())
    await finished
    print("cancel finished:", finished.cancel())
    pending = asyncio.create_task(job())
    await asyncio.sleep(0)
    print("cancel pending:", pending.cancel())
    try:
        await pending
    except asyncio.CancelledError:
        print("awaiting it raised CancelledError")
    try:
        pending.result()
    except asyncio.CancelledError:
        print("result() raised CancelledError too")


asyncio.run(main())
