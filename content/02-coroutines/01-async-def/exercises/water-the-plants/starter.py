import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"[{time.perf_counter() - start:.1f}s] {message}")


# Turn water() and main() into coroutines, and run main() with asyncio.run().


def water(plant, seconds):
    log(f"watering the {plant}")
    time.sleep(seconds)  # the can empties slowly
    return f"{plant} watered"


def main():
    for plant, seconds in [("fern", 1.0), ("basil", 0.5), ("cactus", 0.2)]:
        log(water(plant, seconds))


main()
