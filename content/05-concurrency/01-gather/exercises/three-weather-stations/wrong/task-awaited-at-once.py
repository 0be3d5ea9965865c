import asyncio

STATIONS = [("harbour", 1.5, 14.5), ("hilltop", 0.5, 9.0), ("airport", 1.0, 12.0)]


async def read_station(name, seconds, celsius):
    await asyncio.sleep(seconds)  # the radio link is slow
    return celsius


async def main():
    readings = []
    for name, seconds, celsius in STATIONS:
        task = asyncio.create_task(read_station(name, seconds, celsius))
        readings.append(await task)

    for (name, _, _), value in zip(STATIONS, readings):
        print(f"{name}: {value:.1f} °C")
    print(f"average: {sum(readings) / len(readings):.1f} °C")


asyncio.run(main())
