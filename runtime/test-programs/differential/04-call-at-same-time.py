# pins: callbacks scheduled with call_at() for the very same deadline run in scheduling order
# (the stdlib heap alone is not FIFO for 3+ equal deadlines).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    when = loop.time() + 0.05
    order = []
    for i in range(8):
        loop.call_at(when, order.append, i)
    loop.call_at(when, lambda: done.set_result(None))
    await done
    print(order)


asyncio.run(main())
