# pins: asyncio.run() runs a coroutine to completion; code after an await resumes after the sleep.
import asyncio


async def main():
    print("hello")
    await asyncio.sleep(0.05)
    print("world")
    return 42


print("result:", asyncio.run(main()))
