# pins: executor work hands values back to the loop with call_soon_threadsafe: each arrives when the
# worker sends it (the worker's sleeps pass its own time), and the loop keeps running meanwhile.
import asyncio
import time


def sensor(loop, queue):
    for reading in (21.5, 22.0, 22.4):
        time.sleep(0.1)
        loop.call_soon_threadsafe(queue.put_nowait, reading)
    loop.call_soon_threadsafe(queue.put_nowait, None)
    return "sensor finished"


async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()
    start = loop.time()
    worker = loop.run_in_executor(None, sensor, loop, queue)
    while (reading := await queue.get()) is not None:
        print(f"{loop.time() - start:.1f}s reading {reading}")
    print(await worker)
    done = loop.create_future()
    loop.call_soon_threadsafe(done.set_result, "set from main thread")
    print(await done)


asyncio.run(main())
