# pins: call_later returns a TimerHandle that can be cancelled before it fires; when() is its
# deadline on the loop clock; call_soon callbacks run before due timers.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fired = []
    keep = loop.call_later(0.1, fired.append, "kept")
    drop = loop.call_later(0.05, fired.append, "dropped")
    print("when is later than now:", keep.when() > loop.time())
    drop.cancel()
    print("cancelled:", drop.cancelled())
    loop.call_soon(fired.append, "soon")
    await asyncio.sleep(0.2)
    print(fired)


asyncio.run(main())
