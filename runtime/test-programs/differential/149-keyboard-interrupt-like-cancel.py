# pins: an exception escaping asyncio.run cancels the remaining tasks first: their finally blocks
# run before the traceback, and the exit code is 1.
import asyncio


async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print("background cleaned up")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.05)
    raise SystemError("main failed")


try:
    asyncio.run(main())
finally:
    print("asyncio.run is over")
