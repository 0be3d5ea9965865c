# expect: task-destroyed-pending at line 8
# errata A2's "obvious fix": stop() fires while count() still sleeps, and the loop is never run again
import asyncio


async def count():
    for i in range(1, 6):
        await asyncio.sleep(1)
        print(i)


loop = asyncio.new_event_loop()
task = loop.create_task(count())
loop.call_later(2.5, loop.stop)
loop.run_forever()
print("loop stopped")
