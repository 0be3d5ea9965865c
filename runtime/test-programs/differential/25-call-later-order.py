# pins: call_later() callbacks fire by delay; equal delays fire in scheduling order; a cancelled
# handle never fires.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    out = []
    for tag, delay in [("x", 0.1), ("a", 0.05), ("b", 0.05), ("c", 0.05), ("y", 0.1), ("z", 0.15)]:
        loop.call_later(delay, out.append, tag)
    h = loop.call_later(0.05, out.append, "cancelled")
    h.cancel()
    print("handle cancelled:", h.cancelled())
    await asyncio.sleep(0.2)
    print(out)


asyncio.run(main())
