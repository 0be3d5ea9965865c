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
    reading = asyncio.get_running_loop().create_future()
    thermometer.read(reading.set_result, print)
    return await reading


async def main():
    kitchen = Thermometer("kitchen", 21.5, seconds=0.3)
    garage = Thermometer("garage", None, seconds=0.5, broken=True)
    print(f"kitchen: {await read_temperature(kitchen)} °C")
    try:
        print(f"garage: {await read_temperature(garage)} °C")
    except OSError as error:
        print(f"garage: {error}")
    print(f"done after {time.perf_counter() - start:.1f}s")


asyncio.run(main())
