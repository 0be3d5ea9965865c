# Tries: run work in other processes with concurrent.futures.ProcessPoolExecutor.
import asyncio
import concurrent.futures
import os


def whoami(_):
    return os.getpid()


async def main():
    loop = asyncio.get_running_loop()
    try:
        with concurrent.futures.ProcessPoolExecutor(max_workers=4) as pool:
            pids = await asyncio.gather(*(loop.run_in_executor(pool, whoami, n) for n in range(4)))
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: worker processes", pids)


asyncio.run(main())
