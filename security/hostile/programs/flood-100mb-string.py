# Tries: build a 100 MB string and print it at once.
import asyncio


async def main():
    blob = "A" * (100 * 1024 * 1024)
    print(blob)


asyncio.run(main())
