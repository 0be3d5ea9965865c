# Tries: grow a list of 1 MB strings until memory runs out.
import asyncio


async def main():
    hoard = []
    while True:
        hoard.append("x" * (1024 * 1024) + str(len(hoard)))


asyncio.run(main())
