# pins: done callbacks run (in registration order) soon after the task completes, not during it;
# a callback added to a finished task is scheduled too.
import asyncio


async def job():
    await asyncio.sleep(0.01)
    print("job returning")
    return 7


async def main():
    task = asyncio.create_task(job())
    task.add_done_callback(lambda t: print("callback 1 sees", t.result()))
    task.add_done_callback(lambda t: print("callback 2"))
    result = await task
    print("main got", result)
    task.add_done_callback(lambda t: print("late callback"))
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
