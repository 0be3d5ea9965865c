# pins: wait(return_when=FIRST_EXCEPTION) returns as soon as one task fails (or when all finish if
# none fails); the others keep running and can be cancelled.
import asyncio


async def job(n, fail=False):
    await asyncio.sleep(0.05 * n)
    if fail:
        raise RuntimeError(f"job {n} failed")
    return n


async def main():
    tasks = [asyncio.create_task(job(1)), asyncio.create_task(job(2, fail=True)),
             asyncio.create_task(job(4))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), "done,", len(pending), "pending")
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print("cancelled:", [t.cancelled() for t in tasks])

    calm = [asyncio.create_task(job(n)) for n in (1, 2)]
    done, pending = await asyncio.wait(calm, return_when=asyncio.FIRST_EXCEPTION)
    print("no failure:", len(done), "done,", len(pending), "pending")


asyncio.run(main())
