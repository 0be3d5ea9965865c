# Tries: read a command's output with os.popen (and leave the canary behind).
import asyncio
import os

CANARY = "__LOOPLAB_CANARY__"


async def main():
    try:
        with os.popen(f"id; touch {CANARY}") as pipe:
            output = pipe.read()
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        if "uid=" in output:
            print("ESCAPED: os.popen ran id:", output.strip())
        else:
            print("REFUSED: os.popen gave no output")


asyncio.run(main())
