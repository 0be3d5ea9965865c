# pins: asyncio.get_event_loop() at module level with no loop set (errata A2/B5). 3.11.2+ creates
# a loop silently; 3.12/3.13 warn; 3.14 raises RuntimeError: There is no current event loop.
import asyncio


async def hello():
    await asyncio.sleep(0.01)
    return "Hello, World!"


loop = asyncio.get_event_loop()
print(loop.run_until_complete(hello()))
loop.close()
