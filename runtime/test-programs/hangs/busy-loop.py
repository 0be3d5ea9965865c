# expect: interrupted
# never yields: only the engine's wall-clock interrupt (SIGINT / Pyodide interrupt buffer) stops it
import asyncio


async def main():
    print("spinning")
    while True:
        pass


asyncio.run(main())
