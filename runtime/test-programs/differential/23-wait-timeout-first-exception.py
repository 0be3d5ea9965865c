# pins: wait(timeout=) leaves unfinished tasks pending without cancelling them; FIRST_EXCEPTION
# returns when a task fails.
import asyncio


async def job(delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"failed after {delay}")
    return delay


async def main():
    tasks = [asyncio.create_task(job(d)) for d in (0.05, 0.3)]
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    print(len(done), "done,", len(pending), "pending; cancelled:", [t.cancelled() for t in pending])
    await asyncio.wait(pending)
    tasks = [asyncio.create_task(job(0.05, fail=True)), asyncio.create_task(job(0.2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    for t in done:
        print("exception:", t.exception())
    print("still pending:", len(pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)


asyncio.run(main())
