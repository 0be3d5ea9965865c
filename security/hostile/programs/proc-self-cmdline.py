# Tries: read /proc/self/cmdline, /proc/self/status and /proc/self/maps to learn how the host runs us.
import asyncio


async def main():
    for path in ("/proc/self/cmdline", "/proc/self/status", "/proc/self/maps", "/proc/self/cwd/package.json"):
        try:
            with open(path, "rb") as handle:
                data = handle.read(4096)
        except Exception as exc:
            print("REFUSED:", path, type(exc).__name__)
        else:
            if data:
                print("ESCAPED:", path, data[:200])
            else:
                print("REFUSED:", path, "is empty")


asyncio.run(main())
