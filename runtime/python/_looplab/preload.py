"""Standard-library modules put into Pyodide's memory image ahead of any program.

Every Pyodide job starts from a copy of memory taken after the harness was imported
(runtime/src/engines/pyodide/fresh-interpreter.ts), so a module a program imports is compiled
again in every job. For `unittest` (with argparse, difflib and pprint, and `async_case` for
IsolatedAsyncioTestCase) that is 1.5-2.5 s of WebAssembly, enough to reach the wall-clock limit on
a busy machine with an empty test; imported here once, it is already in the image. The cpython
engine starts a fresh python3 per run and imports what the program asks for, as `python3` does.
"""
from __future__ import annotations

import importlib
import sys

IMAGE_MODULES = ("unittest", "unittest.async_case", "unittest.mock")


def preload() -> None:
    if sys.platform != "emscripten":
        return
    for name in IMAGE_MODULES:
        importlib.import_module(name)
