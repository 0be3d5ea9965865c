# Tries: allocate 10 GB at once with bytearray(10**10) (on a 32-bit platform: the most it can address).
import asyncio


async def main():
    try:
        buffer = bytearray(10**10)
    except OverflowError:
        buffer = bytearray(2**31 - 1)
    print("allocated", len(buffer))


asyncio.run(main())
