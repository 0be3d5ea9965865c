# Tries: a loop exception handler that spins forever when a callback fails.
import asyncio


def handler(loop, context):
    while True:
        pass


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(1)


asyncio.run(main())
