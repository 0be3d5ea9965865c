# Tries: one 50 MB line with no newline until the end.
import asyncio


async def main():
    print("x" * 50_000_000)


asyncio.run(main())
