# Tries: open an interactive shell on a pseudo-terminal with pty.spawn.
import asyncio

CANARY = "__LOOPLAB_CANARY__"


async def main():
    try:
        import pty

        status = pty.spawn(["sh", "-c", f"touch {CANARY}"])
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: pty.spawn returned", status)


asyncio.run(main())
