import asyncio


async def scan(folder, files):
    for name in files:
        print(f"{folder}: scanned {name}")
        # Let the other scanner have a turn here, without waiting.
    print(f"{folder}: done")


async def main():
    await asyncio.gather(
        scan("photos", ["beach.jpg", "cat.jpg", "cake.jpg"]),
        scan("music", ["song.mp3", "podcast.mp3", "jingle.mp3"]),
    )


asyncio.run(main())
