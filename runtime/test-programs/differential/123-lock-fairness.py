# pins: asyncio.Lock is handed to waiters in the order they asked (FIFO), and locked() reflects it.
import asyncio


async def use(lock, name, log):
    async with lock:
        log.append(name)
        await asyncio.sleep(0.02)


async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    tasks = [asyncio.create_task(use(lock, f"t{i}", log)) for i in range(4)]
    await asyncio.sleep(0.05)
    print("locked while held:", lock.locked())
    lock.release()
    await asyncio.gather(*tasks)
    print(log, "locked at end:", lock.locked())
    try:
        lock.release()
    except RuntimeError as exc:
        print("RuntimeError:", exc)


asyncio.run(main())
