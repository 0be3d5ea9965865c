# Tries: NUL bytes and other C0 control characters in the output (they end C strings, confuse terminals and parsers).
import asyncio
import sys


async def main():
    print("before\x00after\x00\x00")
    print("bell\x07 backspace\x08\x08\x08 vertical tab\x0b form feed\x0c escape\x1b delete\x7f")
    sys.stdout.buffer.write(b"raw\x00bytes\xff\xfe\n")


asyncio.run(main())
