# Tries: call posix.system, the C function behind os.system, in case only os.system was replaced.
import asyncio
import posix

CANARY = "__LOOPLAB_CANARY__"


async def main():
    try:
        status = posix.system(f"id > {CANARY}")
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        if status == 0:
            print("ESCAPED: posix.system returned 0")
        else:
            print("REFUSED: posix.system returned", status)


asyncio.run(main())
