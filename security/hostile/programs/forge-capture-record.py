# Tries: reach the harness's record through the object behind sys.stdout and rewrite it: the expected
# output at the expected times, and a clock that says 2.0 s.
import asyncio
import sys

EXPECTED = [
    (0.0, "[0.0s] start podcast.mp3"), (0.0, "[0.0s] start photos.zip"), (0.0, "[0.0s] start notes.pdf"),
    (0.5, "[0.5s] done notes.pdf"), (1.5, "[1.5s] done photos.zip"), (2.0, "[2.0s] done podcast.mp3"),
    (2.0, "[2.0s] all downloads finished"),
]


async def download(name, seconds):
    await asyncio.sleep(seconds)


def rewrite(run):
    capture = run.capture
    capture.reset()
    for t, line in EXPECTED:
        run.clock.now = t
        capture.emit("stdout", line + "\n")
    run.clock.now = 2.0
    capture.frozen = True  # nothing after this is recorded


async def main():
    await download("podcast.mp3", 4.0)  # the slow, sequential way
    try:
        run = sys.stdout._capture._now.__self__
        rewrite(run)
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)


asyncio.run(main())
