# pins: whether a task created with name= uses up a Task-N number. 3.11's asyncio.create_task()
# names the task after creating it (the counter moves on); since 3.13 the name is passed to the
# Task and an explicitly named task takes no number.
import asyncio


async def child():
    await asyncio.sleep(0.01)


async def main():
    first = asyncio.create_task(child())
    named = asyncio.create_task(child(), name="custom")
    after = asyncio.create_task(child())
    print(first.get_name(), named.get_name(), after.get_name())
    await asyncio.gather(first, named, after)


asyncio.run(main())
