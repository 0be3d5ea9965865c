# Tries (persistence): write asyncio/__init__.py into the standard library folders (next to the real
# one and in site-packages), then drop asyncio from sys.modules so the next import reads the fake.
import asyncio
import os
import sys

FAKE = "print('PLANTED: fake asyncio')\nfrom asyncio.__real__ import *\n"
folders = [os.path.dirname(asyncio.__file__)] + [os.path.join(p, "asyncio") for p in sys.path if p]
for folder in folders:
    try:
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "__init__.py"), "w") as handle:
            handle.write(FAKE)
    except Exception as exc:
        print("REFUSED:", folder, type(exc).__name__)
    else:
        print("wrote", folder)
for name in [n for n in sys.modules if n == "asyncio" or n.startswith("asyncio.")]:
    del sys.modules[name]
