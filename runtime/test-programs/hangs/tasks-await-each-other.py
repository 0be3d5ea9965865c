# expect: deadlock
# waits: Task-2 (first()) on Task-3; Task-3 (second()) on Task-2 — a cycle
import asyncio

tasks = {}


async def first():
    await asyncio.sleep(0.01)
    await tasks["second"]


async def second():
    await asyncio.sleep(0.01)
    await tasks["first"]


async def main():
    tasks["first"] = asyncio.create_task(first())
    tasks["second"] = asyncio.create_task(second())
    await asyncio.gather(tasks["first"], tasks["second"])


asyncio.run(main())
