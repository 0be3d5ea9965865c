# Tries: climb out of the program's folder with "..", listing every folder on the way up.
import asyncio
import os


async def main():
    path = os.getcwd()
    escaped = False
    for _ in range(12):
        try:
            entries = sorted(os.listdir(path))
        except Exception as exc:
            print("REFUSED:", path, type(exc).__name__)
            break
        print(path, entries[:20])
        if {"node_modules", "content", "runtime", ".git", "package.json"} & set(entries):
            escaped = True
        parent = os.path.abspath(os.path.join(path, ".."))
        if parent == path:
            break
        path = parent
    print("ESCAPED: climbed into the host's project" if escaped else "REFUSED: no host folder above")


asyncio.run(main())
