# Tries: return an object whose __repr__ never ends, so the harness hangs describing the task's result.
import asyncio


class Report:
    def __repr__(self):
        while True:
            pass


async def main():
    await asyncio.sleep(0.1)
    return Report()


asyncio.run(main())
