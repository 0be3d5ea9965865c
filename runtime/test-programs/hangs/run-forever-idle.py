# expect: deadlock
# errata A2: call_later(…, loop.stop) comes after run_forever(), so it is never reached. The count
# finishes and the loop then idles forever; the harness says nothing will ever call stop().
import asyncio


async def count():
    for i in range(1, 4):
        print(i)
        await asyncio.sleep(1)


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.create_task(count())
loop.run_forever()
loop.call_later(10, loop.stop)
