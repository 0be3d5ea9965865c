# Tries: catastrophic regex backtracking, a loop inside C code that never checks for signals.
import asyncio
import re


async def main():
    pattern = re.compile(r"^(a+)+$")
    print(pattern.match("a" * 64 + "b"))


asyncio.run(main())
