# pins: to_thread passes positional and keyword arguments to the function; run_in_executor takes
# only positional ones, so keywords go through functools.partial.
import asyncio
import functools
import time


def resize(path, width, *, height=100, quality=80):
    time.sleep(0.05)
    return f"{path} -> {width}x{height} q{quality}"


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(resize, "a.png", 200, height=150))
    print(await loop.run_in_executor(None, functools.partial(resize, "b.png", 64, quality=50)))
    try:
        await loop.run_in_executor(None, resize, "c.png", 10, quality=1)
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
