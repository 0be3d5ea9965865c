# expect: asyncio-run-in-running-loop at line 11
import asyncio


async def inner():
    return 1


async def main():
    try:
        asyncio.run(inner())
    except RuntimeError as exc:
        print("RuntimeError:", exc)


asyncio.run(main())
