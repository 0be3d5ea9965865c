# pins: an exception in a plain callback goes to the loop's exception handler and the loop goes on.
import asyncio


def bad_callback():
    raise ZeroDivisionError("in callback")


def handler(loop, context):
    message = context["message"].split(" at ")[0]  # the rest names the file's full path
    print("handler got:", type(context["exception"]).__name__, "-", message)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.01)
    print("loop still running")


asyncio.run(main())
