# Tries: raise the recursion limit to a billion, then recurse until the C stack overflows.
import asyncio
import sys


def dig(depth):
    return dig(depth + 1) + 1


async def main():
    sys.setrecursionlimit(10**9)
    print("limit is now", sys.getrecursionlimit())
    print(dig(0))


asyncio.run(main())
