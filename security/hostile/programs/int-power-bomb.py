# Tries: a huge integer computation inside C (10 ** 10**9), which never checks for signals.
import asyncio


async def main():
    value = 10 ** (10**9)
    print(value.bit_length())


asyncio.run(main())
