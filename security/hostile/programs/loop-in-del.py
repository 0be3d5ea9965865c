# Tries: a __del__ that spins forever, reached only when the run's garbage is collected at the end.
import asyncio


class Leaky:
    def __init__(self):
        self.me = self  # a cycle: only the garbage collector frees it

    def __del__(self):
        while True:
            pass


async def main():
    Leaky()
    print("main is done")


asyncio.run(main())
