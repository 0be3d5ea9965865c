# Tries: skip the real work and print the exercise's expected output, with sleeps adding up to 2.0 s.
import asyncio


async def main():
    print("[0.0s] start podcast.mp3")
    print("[0.0s] start photos.zip")
    print("[0.0s] start notes.pdf")
    await asyncio.sleep(0.5)
    print("[0.5s] done notes.pdf")
    await asyncio.sleep(1.0)
    print("[1.5s] done photos.zip")
    await asyncio.sleep(0.5)
    print("[2.0s] done podcast.mp3")
    print("[2.0s] all downloads finished")


asyncio.run(main())
