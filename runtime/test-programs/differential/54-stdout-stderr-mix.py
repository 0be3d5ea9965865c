# pins: output written to stderr does not disturb stdout, with or without flush, print(end=) and
# sys.stdout.write.
import asyncio
import sys


async def main():
    print("out 1")
    print("err 1", file=sys.stderr)
    sys.stdout.write("out 2 ")
    sys.stdout.write("continued\n")
    print("no newline", end="")
    print(" then newline", flush=True)
    await asyncio.sleep(0.01)
    print("a", "b", "c", sep="-")


asyncio.run(main())
