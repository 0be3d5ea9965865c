# Tries: write 100 MB straight to file descriptor 1 with os.write, under any Python-level capture.
import asyncio
import os


async def main():
    chunk = b"fd1 " * 16_384
    for _ in range(1_600):
        os.write(1, chunk)
    os.write(2, b"and some to fd 2\n" * 10_000)
    print("wrote 100 MB to fd 1")


asyncio.run(main())
