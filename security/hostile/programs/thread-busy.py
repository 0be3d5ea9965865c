# Tries: start a real thread that spins forever in the background while main returns.
import asyncio
import threading


def spin():
    while True:
        pass


async def main():
    try:
        threading.Thread(target=spin, daemon=True).start()
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
        return
    await asyncio.sleep(0.1)
    print("ESCAPED: main returns while the thread spins")


asyncio.run(main())
