# Tries: a done callback (run by the loop itself, outside any task) that spins forever.
import asyncio


def on_done(task):
    while True:
        pass


async def job():
    await asyncio.sleep(0.5)


async def main():
    task = asyncio.create_task(job())
    task.add_done_callback(on_done)
    await task
    await asyncio.sleep(1)


asyncio.run(main())
