# pins: asyncio.wait with the default return_when=ALL_COMPLETED returns every task in `done`, failed
# ones included (their exceptions stay inside until retrieved).
import asyncio


async def job(n):
    await asyncio.sleep(0.05 * n)
    if n == 2:
        raise ValueError(f"job {n} broke")
    return n


async def main():
    tasks = [asyncio.create_task(job(n), name=f"job-{n}") for n in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks)
    print(len(done), "done,", len(pending), "pending")
    for task in sorted(done, key=lambda t: t.get_name()):
        if task.exception():
            print(task.get_name(), "failed:", task.exception())
        else:
            print(task.get_name(), "->", task.result())


asyncio.run(main())
