import asyncio

STATIONS = [("harbour", 1.5, 14.5), ("hilltop", 0.5, 9.0), ("airport", 1.0, 12.0)]


async def read_station(name, seconds, celsius):
    await asyncio.sleep(seconds)  # the radio link is slow
    print(f"{name}: {celsius:.1f} °C")
    return celsius


async def main():
    readings = await asyncio.gather(
        *(read_station(name, seconds, celsius) for name, seconds, celsius in STATIONS)
    )
    print(f"average: {sum(readings) / len(readings):.1f} °C")


asyncio.run(main())
