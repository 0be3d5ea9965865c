# pins: asyncio.wait(FIRST_COMPLETED) returns as soon as one task finishes; the rest stay pending
# and can be waited for again.
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    tasks = {asyncio.create_task(job(d), name=f"job-{d}") for d in (0.15, 0.05, 0.1)}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending)
    print("then done:", sorted(t.result() for t in done), "pending:", len(pending))


asyncio.run(main())
