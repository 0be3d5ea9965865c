# pins: errata A3. Awaiting a failed task re-raises its exception; catching it lets task.exception()
# be read afterwards.
import asyncio


async def faulty():
    await asyncio.sleep(0.01)
    raise ValueError("Something went wrong")


async def main():
    task = asyncio.create_task(faulty())
    try:
        await task
    except ValueError:
        print("await raised")
    print("task.exception():", task.exception())
    print("done:", task.done(), "cancelled:", task.cancelled())


asyncio.run(main())
