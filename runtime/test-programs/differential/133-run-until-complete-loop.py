# pins: the pre-asyncio.run style: new_event_loop, set_event_loop, run_until_complete of a task,
# shutdown_asyncgens and close.
import asyncio


async def greet(name):
    await asyncio.sleep(0.05)
    return f"hello {name}"


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    task = loop.create_task(greet("loop"))
    print(loop.run_until_complete(task))
    print(loop.run_until_complete(asyncio.gather(greet("a"), greet("b"))))
    loop.run_until_complete(loop.shutdown_asyncgens())
finally:
    loop.close()
    asyncio.set_event_loop(None)
print("closed:", loop.is_closed())
