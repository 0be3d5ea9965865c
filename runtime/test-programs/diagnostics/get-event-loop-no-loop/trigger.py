# expect: get-event-loop-no-loop at line 10
# (3.11 quietly creates a loop here; 3.14 raises RuntimeError — the diagnostic fires on both)
import asyncio


async def hello():
    print("Hello, World!")


loop = asyncio.get_event_loop()
loop.run_until_complete(hello())
