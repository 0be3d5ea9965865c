# Tries: raise KeyboardInterrupt from a task, to look like the learner pressed Stop (or the host did).
import asyncio


async def fake_stop():
    await asyncio.sleep(0.2)
    raise KeyboardInterrupt


async def main():
    await asyncio.gather(fake_stop(), asyncio.sleep(1))


asyncio.run(main())
