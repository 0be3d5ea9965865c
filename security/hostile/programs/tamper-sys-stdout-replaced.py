# Tries: replace sys.stdout, sys.stderr and their __dunder__ originals with streams that raise, then
# crash, so the harness has nowhere to write the traceback.
import asyncio
import sys


class Broken:
    def write(self, text):
        raise RuntimeError("no output for you")

    def flush(self):
        raise RuntimeError("no flush either")


async def main():
    print("[0.0s] start podcast.mp3")
    sys.stdout = sys.stderr = sys.__stdout__ = sys.__stderr__ = Broken()
    await asyncio.sleep(0.1)
    raise ValueError("the traceback must still be recorded")


asyncio.run(main())
