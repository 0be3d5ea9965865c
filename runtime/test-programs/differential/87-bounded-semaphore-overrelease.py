# pins: asyncio.BoundedSemaphore raises ValueError when released more than acquired; a plain
# Semaphore just grows; locked() tells when no slot is free.
import asyncio


async def main():
    bounded = asyncio.BoundedSemaphore(2)
    async with bounded:
        async with bounded:
            print("both slots taken, locked:", bounded.locked())
    try:
        bounded.release()
    except ValueError as exc:
        print("ValueError:", exc)
    plain = asyncio.Semaphore(1)
    plain.release()
    await plain.acquire()
    await plain.acquire()
    print("plain semaphore acquired twice after an extra release; locked:", plain.locked())


asyncio.run(main())
