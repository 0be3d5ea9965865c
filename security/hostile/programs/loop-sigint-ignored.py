# Tries: ignore SIGINT (how a Stop or a time limit may arrive), then spin forever.
import asyncio
import signal


async def main():
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except Exception as exc:
        print("could not ignore SIGINT:", type(exc).__name__)
    while True:
        pass


asyncio.run(main())
