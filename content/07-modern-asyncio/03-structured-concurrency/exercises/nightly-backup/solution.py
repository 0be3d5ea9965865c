import asyncio
import time

START = time.perf_counter()
LIMIT = 0.7  # seconds a night's backup may take


def clock():
    return f"[{time.perf_counter() - START:.1f}s]"


async def keep_alive():
    """Tells the storage server we are still here. Never ends on its own."""
    while True:
        await asyncio.sleep(0.4)
        print(clock(), "keep-alive")


async def back_up(folder, seconds):
    await asyncio.sleep(seconds)
    print(clock(), folder, "backed up")


async def nightly_backup(folders):
    try:
        async with asyncio.timeout(LIMIT):
            async with asyncio.TaskGroup() as night:
                pinger = night.create_task(keep_alive())  # owned by the night's group
                async with asyncio.TaskGroup() as backups:
                    for folder, seconds in folders:
                        backups.create_task(back_up(folder, seconds))
                pinger.cancel()  # every folder is done: stop the keep-alive
        print(clock(), "backup finished")
    except TimeoutError:
        print(clock(), "out of time: backup stopped")


async def main():
    await nightly_backup([("photos", 0.5), ("mail", 0.3)])
    await nightly_backup([("photos", 0.5), ("music", 0.9)])


asyncio.run(main())
