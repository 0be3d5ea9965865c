# Tries: unbounded recursion.
import asyncio


def dig(depth):
    return dig(depth + 1) + 1


async def main():
    print(dig(0))


asyncio.run(main())
