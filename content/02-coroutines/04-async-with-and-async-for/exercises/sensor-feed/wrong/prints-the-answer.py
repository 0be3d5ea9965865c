import asyncio
import time


async def feed(sensor, readings, interval):
    lines = []
    for value in readings:
        await asyncio.sleep(interval)  # the sensor takes a while per reading
        lines.append(f"{sensor}: {value} °C")
    return lines


async def main():
    start = time.perf_counter()
    for line in ["greenhouse: 21.5 °C", "greenhouse: 22.0 °C", "greenhouse: 22.4 °C"]:
        await asyncio.sleep(1)
        print(f"[{time.perf_counter() - start:.1f}s] {line}")


asyncio.run(main())
