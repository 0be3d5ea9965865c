# pins: a task's done callback gets the task; current_task() is None inside a plain callback and the
# task inside its coroutine; all_tasks() lists the unfinished tasks.
import asyncio


async def work():
    await asyncio.sleep(0.05)
    return asyncio.current_task().get_name()


def finished(task):
    print("callback: ", task.get_name(), task.result(), asyncio.current_task())


async def main():
    task = asyncio.create_task(work(), name="worker")
    task.add_done_callback(finished)
    print("tasks now:", sorted(t.get_name() for t in asyncio.all_tasks()))
    await task
    await asyncio.sleep(0)
    print("tasks at end:", [t.get_name() for t in asyncio.all_tasks()])


asyncio.run(main())
