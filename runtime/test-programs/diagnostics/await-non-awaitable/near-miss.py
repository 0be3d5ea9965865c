# expect-none: await-non-awaitable
# a TypeError that has nothing to do with await
import asyncio


async def main():
    await asyncio.sleep(0.01)
    try:
        len(5)
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
