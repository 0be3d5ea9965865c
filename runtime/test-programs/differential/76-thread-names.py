# pins: what threading says inside executor work: the default executor's workers are named
# asyncio_N, a named pool's workers prefix_N, and the main thread stays MainThread.
import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor


def who():
    return threading.current_thread().name


async def main():
    loop = asyncio.get_running_loop()
    print("in main:", who())
    name = await loop.run_in_executor(None, who)
    print("default executor:", name.split("_")[0])
    print("to_thread is another thread:", await asyncio.to_thread(who) != "MainThread")
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="downloader") as pool:
        print("named pool:", await loop.run_in_executor(pool, who))
    print(threading.current_thread() is threading.main_thread())


asyncio.run(main())
