# Tries: one single line of a million characters, to stall the page that renders the output.
import asyncio


async def main():
    print("W" * 1_000_000)


asyncio.run(main())
