import asyncio


async def scan(folder, files):
    for name in files:
        print(f"{folder}: scanned {name}")
        await asyncio.sleep(0.1)  # let the other scanner have a turn
    print(f"{folder}: done")


async def main():
    await asyncio.gather(
        scan("photos", ["beach.jpg", "cat.jpg", "cake.jpg"]),
        scan("music", ["song.mp3", "podcast.mp3", "jingle.mp3"]),
    )


asyncio.run(main())
