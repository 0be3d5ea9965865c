# Tries: swallow every BaseException (KeyboardInterrupt, the harness's own stop) and keep spinning.
import asyncio


async def main():
    while True:
        try:
            while True:
                pass
        except BaseException:
            continue


asyncio.run(main())
