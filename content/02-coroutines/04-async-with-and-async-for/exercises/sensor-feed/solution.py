import asyncio
import time


async def feed(sensor, readings, interval):
    for value in readings:
        await asyncio.sleep(interval)  # the sensor takes a while per reading
        yield f"{sensor}: {value} °C"


async def main():
    start = time.perf_counter()
    async for line in feed("greenhouse", [21.5, 22.0, 22.4], 1):
        print(f"[{time.perf_counter() - start:.1f}s] {line}")


asyncio.run(main())
