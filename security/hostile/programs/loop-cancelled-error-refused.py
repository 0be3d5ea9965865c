# Tries: a background task that catches CancelledError at shutdown and spins instead of stopping.
import asyncio


async def heartbeat():
    while True:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            while True:  # refuse to stop
                pass


async def main():
    asyncio.create_task(heartbeat())
    await asyncio.sleep(2.5)
    print("main returns; asyncio.run must cancel the heartbeat")


asyncio.run(main())
