# pins: a simple rate limiter (one request every 0.1 s) spaces out requests that all arrive at once.
import asyncio
import time


class RateLimiter:
    def __init__(self, interval):
        self.interval = interval
        self.lock = asyncio.Lock()
        self.last = None

    async def wait(self):
        async with self.lock:
            now = time.monotonic()
            if self.last is not None and now - self.last < self.interval:
                await asyncio.sleep(self.interval - (now - self.last))
            self.last = time.monotonic()


async def request(limiter, n, start):
    await limiter.wait()
    print(f"request {n} at {time.monotonic() - start:.1f}")


async def main():
    limiter = RateLimiter(0.1)
    start = time.monotonic()
    await asyncio.gather(*(request(limiter, n, start) for n in range(4)))


asyncio.run(main())
