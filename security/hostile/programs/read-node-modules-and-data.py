# Tries: read the server's files: node_modules, the .data database folder, the build folder.
import asyncio
import os

PATHS = [
    "node_modules/pyodide/package.json", "../node_modules/pyodide/package.json",
    "/work/main/node_modules/pyodide/package.json", "/work/main/.data", ".data", "../.data",
    "/work/main/runtime/.build", "/work/main/.env", "/work/main/.env.local", "/root/.npmrc",
]


async def main():
    found = []
    for path in PATHS:
        try:
            if os.path.isdir(path):
                found.append((path, os.listdir(path)[:5]))
            else:
                with open(path) as handle:
                    found.append((path, handle.read(80)))
        except Exception:
            pass
    if found:
        print("ESCAPED:", found)
    else:
        print("REFUSED: none of the server's files is visible")


asyncio.run(main())
