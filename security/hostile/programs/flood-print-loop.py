# Tries: print lines forever to flood stdout.
import asyncio


async def main():
    n = 0
    while True:
        print(f"line {n}: all work and no play makes Jack a dull boy")
        n += 1


asyncio.run(main())
