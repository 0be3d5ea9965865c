import asyncio
import contextlib
import time

start = time.perf_counter()


def log(message):
    print(f"[{time.perf_counter() - start:.1f}s] {message}")


async def borrow(room):
    log(f"{room}: projector on")
    await asyncio.sleep(0.5)  # warming up
    log(f"{room}: projector off")


async def lesson(room, slides, fire_drill_at=None):
    async with borrow(room) as projector:
        for slide in range(1, slides + 1):
            if slide == fire_drill_at:
                raise RuntimeError("fire drill")
            await asyncio.sleep(1)
            log(f"{projector} shows slide {slide}")


async def main():
    for seconds, line in [
        (0, "room 1: projector on"),
        (1.5, "projector@room 1 shows slide 1"),
        (1, "projector@room 1 shows slide 2"),
        (0.2, "room 1: projector off"),
        (0, "room 2: projector on"),
        (1.5, "projector@room 2 shows slide 1"),
        (0.2, "room 2: projector off"),
        (0, "room 2 stopped early: fire drill"),
    ]:
        await asyncio.sleep(seconds)
        log(line)


asyncio.run(main())
