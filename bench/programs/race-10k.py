# 10,000 mirrors raced: the first answer wins (asyncio.wait, FIRST_COMPLETED), the rest are cancelled.
import asyncio


async def mirror(i):
    await asyncio.sleep(1 + (i * 7919) % 10_000 / 1000)
    return i


async def main():
    tasks = [asyncio.create_task(mirror(i)) for i in range(10_000)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print("winner", done.pop().result(), "cancelled", sum(t.cancelled() for t in tasks))


asyncio.run(main())
