# Tries: a hundred million one-character prints (each one an output event).
import asyncio


async def main():
    for _ in range(100_000_000):
        print(".", end="")


asyncio.run(main())
