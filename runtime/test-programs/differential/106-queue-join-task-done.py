# pins: Queue.join() waits until every item put has been marked task_done(); workers cancelled
# afterwards; task_done() too often raises ValueError.
import asyncio


async def worker(name, queue):
    while True:
        item = await queue.get()
        await asyncio.sleep(item)
        print(f"{name} handled {item}")
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for seconds in (0.1, 0.05, 0.15, 0.02):
        queue.put_nowait(seconds)
    workers = [asyncio.create_task(worker(f"w{i}", queue)) for i in range(2)]
    await queue.join()
    print("all items handled; unfinished:", queue.empty())
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    try:
        queue.task_done()
    except ValueError as exc:
        print("ValueError:", exc)


asyncio.run(main())
