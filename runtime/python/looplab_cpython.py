"""Runs one program on the machine's CPython with the LoopLab harness (the `cpython` engine).

Usage: python3 -X utf8 looplab_cpython.py [--result-fd N] < request.json
Writes the RunResult JSON to fd N (default 1, stdout). The program's own output never reaches the
real stdout/stderr: it is captured in the result.
"""
from __future__ import annotations

import argparse
import os
import sys


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").partition("\n")[0])
    parser.add_argument("--result-fd", type=int, default=1, help="file descriptor for the result JSON")
    options = parser.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    if here not in sys.path:
        sys.path.insert(0, here)
    import _looplab
    from _looplab import lockdown

    # The program is a stranger's: the audit hook refuses what lockdown.py lists once it starts.
    lockdown.seal()
    request = sys.stdin.buffer.read().decode("utf-8")
    result = _looplab.run_json(request)
    _write_all(options.result_fd, result.encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
