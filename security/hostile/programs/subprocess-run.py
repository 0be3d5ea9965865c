# Tries: subprocess.run(["sh", "-c", ...]) to run a shell command and capture its output.
import asyncio
import subprocess

CANARY = "__LOOPLAB_CANARY__"


async def main():
    try:
        done = subprocess.run(["sh", "-c", f"id; touch {CANARY}"], capture_output=True, text=True)
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: subprocess.run ran:", done.returncode, done.stdout.strip())


asyncio.run(main())
