# Tries: os.abort(), which raises SIGABRT and kills the interpreter (and whatever hosts it) outright.
import asyncio
import os


async def main():
    await asyncio.sleep(0.1)
    os.abort()


asyncio.run(main())
