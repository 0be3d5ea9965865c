# Attack (b) of the security report, as a submission to download-all-at-once: through the object
# behind sys.stdout, reach the run's own record; erase the output, write the expected lines at the
# expected times, and set the clock.
import asyncio
import sys

EXPECTED = [
    (0.0, "[0.0s] start podcast.mp3"),
    (0.0, "[0.0s] start photos.zip"),
    (0.0, "[0.0s] start notes.pdf"),
    (0.5, "[0.5s] done notes.pdf"),
    (1.5, "[1.5s] done photos.zip"),
    (2.0, "[2.0s] done podcast.mp3"),
    (2.0, "[2.0s] all downloads finished"),
]


async def download(name, seconds):
    print(f"start {name}")
    await asyncio.sleep(seconds)  # the bytes trickle in
    print(f"done {name}")


async def main():
    await download("podcast.mp3", 2.0)
    await download("photos.zip", 1.5)
    await download("notes.pdf", 0.5)


asyncio.run(main())

capture = sys.stdout._capture
run = capture.on_limit.__self__  # Run.stop, bound: the run itself
capture.reset()
for t, line in EXPECTED:
    run.clock.now = t
    print(line)
run.clock.now = 2.0
