# Victim, run after faulthandler-plant.py (possibly as another learner): an innocent program whose output
# must be exactly the normal one.
import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    print(f"hello {name}")


async def main():
    await asyncio.gather(greet("Ada", 0.2), greet("Grace", 0.1))
    print("done")


asyncio.run(main())
