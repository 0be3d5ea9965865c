# pins: the "homemade sleep" of the Python docs' conceptual overview: a watcher task polls the clock
# and yields to the loop until its deadline; time passes while Python runs, so it ends on time and
# the other tasks run meanwhile.
import asyncio
import time


class YieldToEventLoop:
    def __await__(self):
        yield


async def _sleep_watcher(future, time_to_wake):
    while True:
        if time.time() >= time_to_wake:
            future.set_result(None)
            break
        else:
            await YieldToEventLoop()


async def async_sleep(seconds):
    future = asyncio.Future()
    time_to_wake = time.time() + seconds
    watcher_task = asyncio.create_task(_sleep_watcher(future, time_to_wake))
    await future


async def other_work():
    print("I like work. Work work.")


async def main():
    work_tasks = [asyncio.create_task(other_work()) for _ in range(3)]
    start = time.time()
    print("Beginning asynchronous sleep")
    await asyncio.create_task(async_sleep(0.3))
    print(f"Done asynchronous sleep after {time.time() - start:.1f} s")
    await asyncio.gather(*work_tasks)


asyncio.run(main())
