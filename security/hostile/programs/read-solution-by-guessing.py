# Tries: guess where the course lives and read the exercise's solution.py and checks.py.
import asyncio
import os

EXERCISE = "content/01-why-async/01-sync-vs-async/exercises/download-all-at-once"
BASES = [
    "", "../", "../../", "../../../", "../../../../", "../../../../../",
    "/work/main/", "/work/", "/app/", "/srv/looplab/", "/home/runner/work/looplab/looplab/",
    "/proc/self/cwd/", "/", os.path.expanduser("~") + "/", "/tmp/", "/lib/",
]


async def main():
    found = 0
    for base in BASES:
        for name in ("solution.py", "checks.py"):
            path = os.path.join(base, EXERCISE, name)
            try:
                with open(path) as handle:
                    text = handle.read()
            except Exception:
                continue
            found += 1
            print("ESCAPED: read", path, "first line:", text.splitlines()[0] if text else "")
    if not found:
        print("REFUSED: none of", len(BASES) * 2, "guessed paths exists")


asyncio.run(main())
