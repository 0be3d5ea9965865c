# pins: a Future resolved by a timer callback wakes its awaiter; done()/result() and set_exception.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("done before:", fut.done())
    loop.call_later(0.05, fut.set_result, "ready")
    print("awaited:", await fut)
    print("done after:", fut.done(), fut.result())
    bad = loop.create_future()
    loop.call_soon(bad.set_exception, KeyError("missing"))
    try:
        await bad
    except KeyError as exc:
        print("exception:", repr(exc))
    try:
        fut.set_result("again")
    except asyncio.InvalidStateError:
        print("cannot set twice")


asyncio.run(main())
