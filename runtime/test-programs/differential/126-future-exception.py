# pins: a future holding an exception raises it when awaited and from result(); exception() returns
# it; a pending future's result() raises InvalidStateError.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as exc:
        print("InvalidStateError:", exc)
    loop.call_later(0.05, fut.set_exception, OSError("disk full"))
    try:
        await fut
    except OSError as exc:
        print("awaited:", exc)
    print("exception():", repr(fut.exception()))


asyncio.run(main())
