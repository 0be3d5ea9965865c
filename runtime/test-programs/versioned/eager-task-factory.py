# pins: eager tasks (3.12+): with asyncio.eager_task_factory, create_task() runs the coroutine at
# once up to its first suspension. 3.11 has no eager_task_factory (AttributeError, exit 1).
import asyncio


async def child(n):
    print("child", n, "starts")
    await asyncio.sleep(0)
    print("child", n, "resumes")
    return n


async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    task = asyncio.create_task(child(1))
    print("created", task.get_name(), "done:", task.done())
    print("result", await task)


asyncio.run(main())
