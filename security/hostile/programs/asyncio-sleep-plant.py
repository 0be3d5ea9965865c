# Tries (persistence): monkeypatch asyncio.sleep everywhere it is referenced so that every later
# program, possibly another learner's, sleeps 0 s and announces the plant.
import asyncio
import asyncio.tasks
import sys

original_sleep = asyncio.sleep


async def planted_sleep(delay, result=None):
    sys.stdout.write("PLANTED: sleep skipped\n")
    return await original_sleep(0, result)


for module in (asyncio, asyncio.tasks):
    module.sleep = planted_sleep
print("asyncio.sleep replaced")
