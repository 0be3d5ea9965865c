import asyncio
import time

start = time.perf_counter()


def clock():
    return f"[{time.perf_counter() - start:.1f}s]"


async def save_draft(text):
    await asyncio.sleep(0.6)  # the storage service is slow today
    print(clock(), "draft saved:", text)


async def close_editor(text):
    await asyncio.sleep(0.1)  # tidy up the window
    await asyncio.shield(save_draft(text))  # a timeout cancels close_editor, not the save


async def main():
    try:
        async with asyncio.timeout(0.5):
            await close_editor("Dear Sam, ...")
    except TimeoutError:
        print(clock(), "closing took too long: stopped waiting")
    await asyncio.sleep(1)  # the app keeps running for a while


asyncio.run(main())
