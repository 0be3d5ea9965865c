# pins: a class with __aiter__/__anext__ works with `async for` and async comprehensions; raising
# StopAsyncIteration ends the loop.
import asyncio


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.01)
        self.current -= 1
        return self.current + 1


async def main():
    async for n in Countdown(3):
        print("countdown", n)
    print([n async for n in Countdown(4) if n % 2 == 0])


asyncio.run(main())
