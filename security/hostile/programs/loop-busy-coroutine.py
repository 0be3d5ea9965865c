# Tries: keep the CPU busy forever inside a coroutine that never awaits.
import asyncio


async def poll_forever():
    checks = 0
    while True:
        checks += 1


async def main():
    await poll_forever()


asyncio.run(main())
