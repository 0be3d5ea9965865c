# Tries (persistence): overwrite the standard library itself, /lib/python3*.zip, so later imports
# break or load planted code.
import glob
import os
import sys

targets = sorted(set(glob.glob("/lib/python3*.zip") + [p for p in sys.path if p.endswith(".zip")]))
for path in targets:
    try:
        with open(path, "r+b") as handle:
            handle.seek(0)
            handle.write(b"PLANTED" * 1000)
            handle.truncate(7000)
    except Exception as exc:
        print("REFUSED:", path, type(exc).__name__, exc)
    else:
        print("overwrote", path, os.path.getsize(path))
print("targets:", targets)
