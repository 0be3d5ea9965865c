# Tries: raise the harness's own "looplab.strict" audit event to add /home to the folders it may write, then write there.
import asyncio
import os
import sys

CANARY = "__LOOPLAB_CANARY__"
# /home exists in every interpreter's file system (Pyodide's home is /home/pyodide), and a program
# may write only in its own folders, /tmp and its home: only the audit hook refuses this one.
OUTSIDE_FILE = "/home/looplab-widened.txt"


async def main():
    # The harness enters strict mode with this event before a program runs, naming the folders
    # the program may write in; raised again here, it must widen nothing.
    sys.audit("looplab.strict", "/", "/home", os.path.dirname(CANARY))
    written, refused = [], []
    for path in (CANARY, OUTSIDE_FILE):
        try:
            with open(path, "w") as handle:
                handle.write("written by a learner's program\n")
        except OSError as exc:
            refused.append(f"{type(exc).__name__} for {path}")
        else:
            written.append(path)
    if written:
        print("ESCAPED: the audit event widened where the program may write:", written)
    else:
        print("REFUSED:", "; ".join(refused))


asyncio.run(main())
