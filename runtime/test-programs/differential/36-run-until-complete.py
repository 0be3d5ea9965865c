# pins: new_event_loop() + run_until_complete() returns the coroutine's result; the loop can be
# reused and closed.
import asyncio


async def compute(x):
    await asyncio.sleep(0.01)
    return x * 10


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    print(loop.run_until_complete(compute(1)))
    task = loop.create_task(compute(2))
    print(loop.run_until_complete(task), task.done())
    print("running:", loop.is_running())
finally:
    loop.close()
    asyncio.set_event_loop(None)
print("closed:", loop.is_closed())
