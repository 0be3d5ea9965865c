# Tries: read the process's environment block from /proc/self/environ.
import asyncio

SECRET_NAME = "__LOOPLAB_SECRET_NAME__"


async def main():
    try:
        with open("/proc/self/environ", "rb") as handle:
            block = handle.read()
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
        return
    print(block)
    if SECRET_NAME.encode() in block:
        print("ESCAPED: the secret is in /proc/self/environ")
    else:
        print("REFUSED: /proc/self/environ has no secret")


asyncio.run(main())
