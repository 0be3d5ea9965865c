# Tries: write through sys.__stdout__, the original stream, in case only sys.stdout is limited.
import asyncio
import sys


async def main():
    chunk = "#" * 10_000 + "\n"
    while True:
        sys.__stdout__.write(chunk)


asyncio.run(main())
