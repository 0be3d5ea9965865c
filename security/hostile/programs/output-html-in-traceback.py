# Tries: an uncaught exception whose message is HTML, so the traceback shown on the page carries markup.
import asyncio


class Oops(Exception):
    pass


async def main():
    await asyncio.sleep(0.1)
    raise Oops('<img src=x onerror="alert(1)"><script>alert(2)</script>')


asyncio.run(main())
