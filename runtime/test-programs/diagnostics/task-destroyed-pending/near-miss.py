# expect-none: task-destroyed-pending
# run_until_complete waits for the task, so nothing is left pending
import asyncio


async def count():
    for i in range(1, 4):
        await asyncio.sleep(1)
        print(i)


loop = asyncio.new_event_loop()
task = loop.create_task(count())
loop.run_until_complete(task)
loop.close()
print("done")
