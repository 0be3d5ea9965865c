# expect: deadlock
# the main program waits in run_until_complete() for a Future no task will ever resolve (line 8)
import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
print("waiting")
loop.run_until_complete(fut)
