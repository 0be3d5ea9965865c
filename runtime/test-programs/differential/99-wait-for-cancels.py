# pins: wait_for cancels the awaited task on timeout and waits for its cleanup (finally) before
# raising TimeoutError; a result that arrives in time passes through.
import asyncio


async def slow_job():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow_job cancelled, cleaning up")
        raise
    finally:
        print("slow_job finally")


async def quick():
    await asyncio.sleep(0.05)
    return "quick result"


async def main():
    try:
        await asyncio.wait_for(slow_job(), timeout=0.1)
    except asyncio.TimeoutError:
        print("TimeoutError raised, is TimeoutError builtin:", asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(quick(), timeout=1))


asyncio.run(main())
