# Tries: create a file at an absolute host path (the canary) with open(..., "w").
import asyncio

CANARY = "__LOOPLAB_CANARY__"


async def main():
    try:
        with open(CANARY, "w") as handle:
            handle.write("written by a learner's program\n")
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("WROTE: open() accepted the path (the observer checks the host)")


asyncio.run(main())
