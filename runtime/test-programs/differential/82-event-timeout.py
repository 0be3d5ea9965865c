# pins: waiting for an Event with wait_for() times out if nobody sets it in time; the event can
# still be set afterwards for the next waiter.
import asyncio


async def main():
    ready = asyncio.Event()
    try:
        await asyncio.wait_for(ready.wait(), timeout=0.1)
    except asyncio.TimeoutError:
        print("nobody set it in 0.1 s")
    asyncio.get_running_loop().call_later(0.05, ready.set)
    await asyncio.wait_for(ready.wait(), timeout=0.2)
    print("set by call_later")


asyncio.run(main())
