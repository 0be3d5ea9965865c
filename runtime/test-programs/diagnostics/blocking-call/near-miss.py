# expect-none: blocking-call
# time.sleep outside any event loop, and inside a worker thread via to_thread, block nothing
import asyncio
import time


def blocking():
    time.sleep(0.2)
    return "done"


async def main():
    print(await asyncio.to_thread(blocking))


time.sleep(0.1)
asyncio.run(main())
