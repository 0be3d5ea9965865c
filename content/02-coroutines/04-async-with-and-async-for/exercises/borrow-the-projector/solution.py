import asyncio
import contextlib
import time

start = time.perf_counter()


def log(message):
    print(f"[{time.perf_counter() - start:.1f}s] {message}")


@contextlib.asynccontextmanager
async def borrow(room):
    log(f"{room}: projector on")
    await asyncio.sleep(0.5)  # warming up
    try:
        yield f"projector@{room}"
    finally:
        await asyncio.sleep(0.2)  # cooling down
        log(f"{room}: projector off")


async def lesson(room, slides, fire_drill_at=None):
    async with borrow(room) as projector:
        for slide in range(1, slides + 1):
            if slide == fire_drill_at:
                raise RuntimeError("fire drill")
            await asyncio.sleep(1)
            log(f"{projector} shows slide {slide}")


async def main():
    await lesson("room 1", 2)
    try:
        await lesson("room 2", 3, fire_drill_at=2)
    except RuntimeError as error:
        log(f"room 2 stopped early: {error}")


asyncio.run(main())
