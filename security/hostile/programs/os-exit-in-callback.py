# Tries: os._exit(0) from a loop callback: ends the whole interpreter at once, skipping every cleanup.
import asyncio
import os


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, os._exit, 0)
    print("[0.0s] start podcast.mp3")
    await asyncio.sleep(5)
    print("never printed")


asyncio.run(main())
