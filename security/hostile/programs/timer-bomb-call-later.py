# Tries: schedule a billion timers with loop.call_later.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for n in range(10**9):
        loop.call_later(n % 3600, print, n)
    await asyncio.sleep(3600)


asyncio.run(main())
