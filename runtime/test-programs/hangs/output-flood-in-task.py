# expect: output-limit
# a task printing without end inside asyncio.run
import asyncio


async def chatter():
    while True:
        print("chatter " * 20)
        await asyncio.sleep(0)


asyncio.run(chatter())
