# Tries: install a profiler with sys.setprofile, catch a harness frame as it runs, and rewrite the
# record it holds (the expected output, a 2.0 s clock).
import asyncio
import sys

EXPECTED = [
    (0.0, "[0.0s] start podcast.mp3"), (0.0, "[0.0s] start photos.zip"), (0.0, "[0.0s] start notes.pdf"),
    (0.5, "[0.5s] done notes.pdf"), (1.5, "[1.5s] done photos.zip"), (2.0, "[2.0s] done podcast.mp3"),
    (2.0, "[2.0s] all downloads finished"),
]
caught = []


def profiler(frame, event, arg):
    owner = frame.f_locals.get("self")
    if owner is not None and hasattr(owner, "capture") and hasattr(owner, "clock"):
        caught.append(owner)


async def download(name, seconds):
    await asyncio.sleep(seconds)


async def main():
    sys.setprofile(profiler)
    await download("podcast.mp3", 4.0)
    print("working...")
    sys.setprofile(None)
    if not caught:
        print("REFUSED: the profiler never saw the harness")
        return
    run = caught[0]
    run.capture.reset()
    for t, line in EXPECTED:
        run.clock.now = t
        run.capture.emit("stdout", line + "\n")
    run.clock.now = 2.0
    run.capture.frozen = True


asyncio.run(main())
