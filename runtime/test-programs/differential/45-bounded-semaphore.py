# pins: BoundedSemaphore raises ValueError when released more often than acquired.
import asyncio


async def main():
    sem = asyncio.BoundedSemaphore(1)
    async with sem:
        print("inside, locked:", sem.locked())
    try:
        sem.release()
    except ValueError as exc:
        print("ValueError:", exc)


asyncio.run(main())
