# Tries: an atexit handler that spins forever once the program has finished.
import asyncio
import atexit


@atexit.register
def goodbye():
    while True:
        pass


async def main():
    await asyncio.sleep(0.1)
    print("finished")


asyncio.run(main())
