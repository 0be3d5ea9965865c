# expect: await-non-awaitable at line 10
import asyncio


def not_async():
    return 42


async def main():
    value = await not_async()
    print(value)


asyncio.run(main())
