import asyncio
import time

START = time.perf_counter()


def clock():
    return f"[{time.perf_counter() - START:.1f}s]"


def legacy_read(sensor):
    """The vendor's driver: blocking, and you may not change it."""
    time.sleep(1.2)  # talking to the hardware
    return {"temp": 19.5, "humidity": 60}[sensor]


async def blink_led():
    for n in range(1, 5):
        await asyncio.sleep(1)
        print(clock(), "led blink", n)



async def log_readings():
    for sensor in ["temp", "humidity"]:
        value = legacy_read(sensor)
        print(clock(), sensor, value)
        await asyncio.sleep(0)  # let the LED have a turn


async def main():
    await asyncio.gather(blink_led(), log_readings())


asyncio.run(main())
