# expect: deadlock at line 7
import asyncio


async def main():
    queue = asyncio.Queue()
    item = await queue.get()
    print(item)


asyncio.run(main())
