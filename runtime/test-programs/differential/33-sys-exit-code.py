# pins: sys.exit(3) inside a coroutine ends the program with exit code 3; finally blocks run.
import asyncio
import sys


async def main():
    try:
        print("exiting")
        await asyncio.sleep(0.01)
        sys.exit(3)
    finally:
        print("finally runs")


asyncio.run(main())
print("not reached")
