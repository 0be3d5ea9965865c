# pins: an exception in the `async with TaskGroup()` body cancels the children and is raised inside
# an ExceptionGroup together with nothing else. (The group cancels its children in no set order,
# so the program sorts what they report.)
import asyncio

cleaned = []


async def child(n):
    try:
        await asyncio.sleep(1)
    finally:
        cleaned.append(n)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(2):
                tg.create_task(child(n))
            await asyncio.sleep(0.1)
            raise RuntimeError("body failed")
    except* RuntimeError as group:
        print(type(group).__name__, [str(e) for e in group.exceptions])
    print("children cleaned up:", sorted(cleaned))


asyncio.run(main())
