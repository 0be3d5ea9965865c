# Tries: flood stderr instead of stdout.
import asyncio
import sys


async def main():
    while True:
        print("warning: " + "!" * 200, file=sys.stderr)


asyncio.run(main())
