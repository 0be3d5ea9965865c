# pins: asyncio.wait(timeout=...) does not cancel anything: tasks not done by then stay pending and
# still finish later; an empty set raises ValueError.
import asyncio


async def job(seconds):
    await asyncio.sleep(seconds)
    return seconds


async def main():
    tasks = [asyncio.create_task(job(s)) for s in (0.05, 0.2)]
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    print(len(done), "done,", len(pending), "pending after the timeout")
    print("slow one cancelled?", tasks[1].cancelled())
    print("slow one result:", await tasks[1])
    try:
        await asyncio.wait(set())
    except ValueError as exc:
        print("ValueError:", exc)


asyncio.run(main())
