# Tries: read the host's /etc/passwd (and /etc/hostname) to learn its users.
import asyncio


async def main():
    for path in ("/etc/passwd", "/etc/hostname", "/etc/os-release"):
        try:
            with open(path) as handle:
                text = handle.read()
        except Exception as exc:
            print("REFUSED:", path, type(exc).__name__)
        else:
            if "root:" in text or (path != "/etc/passwd" and text.strip()):
                print("ESCAPED:", path, "has", len(text), "characters:", text[:200])


asyncio.run(main())
