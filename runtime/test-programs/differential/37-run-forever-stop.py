# pins: run_forever() done right: the stop is scheduled before the loop starts (from the task's
# done callback), so run_forever() returns once the work is finished.
import asyncio


async def count(n):
    for i in range(1, n + 1):
        print(i)
        await asyncio.sleep(0.02)
    return "counted"


loop = asyncio.new_event_loop()
task = loop.create_task(count(4))
task.add_done_callback(lambda t: loop.stop())
loop.run_forever()
print("loop stopped; result:", task.result())
loop.close()
