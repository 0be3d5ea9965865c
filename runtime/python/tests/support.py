"""Shared helpers: run programs through the harness (in-process or as the cpython engine) and
through plain `python3` in real time (the oracle)."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from typing import Any

PYTHON_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNTIME_DIR = os.path.dirname(PYTHON_DIR)
PROGRAMS_DIR = os.path.join(RUNTIME_DIR, "test-programs")
ENTRY_SCRIPT = os.path.join(PYTHON_DIR, "looplab_cpython.py")

if PYTHON_DIR not in sys.path:
    sys.path.insert(0, PYTHON_DIR)

import _looplab  # noqa: E402

VERSION = f"{sys.version_info.major}.{sys.version_info.minor}"


def programs(folder: str) -> list[str]:
    root = os.path.join(PROGRAMS_DIR, folder)
    found = []
    for dirpath, _dirs, files in os.walk(root):
        found += [os.path.join(dirpath, f) for f in files if f.endswith(".py")]
    return sorted(found)


def read(path: str) -> str:
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def run(source: str, **request: Any) -> dict[str, Any]:
    """The harness, in this process (as Pyodide runs it: one interpreter, many runs)."""
    return _looplab.run({"files": {"main.py": source}, **request})


def run_engine(request: dict[str, Any], timeout: float = 30) -> dict[str, Any]:
    """The harness as the cpython engine starts it: a fresh python3, result on fd 3."""
    read_end, write_end = os.pipe()
    proc = subprocess.Popen([sys.executable, "-X", "utf8", ENTRY_SCRIPT, "--result-fd", str(write_end)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            pass_fds=(write_end,))
    os.close(write_end)
    with os.fdopen(read_end, "rb") as result, ThreadPoolExecutor(1) as reader:
        data_future = reader.submit(result.read)  # drained alongside: a big result fills the pipe
        stdout, stderr = proc.communicate(json.dumps(request).encode(), timeout)
        data = data_future.result(timeout)
    return {"result": json.loads(data) if data else None, "stdout": stdout, "stderr": stderr,
            "returncode": proc.returncode}


def oracle(source: str, timeout: float = 60) -> tuple[str, str, int]:
    """`python3 main.py` in real time, in a fresh folder: (stdout, stderr, exit code)."""
    folder = tempfile.mkdtemp(prefix="looplab-oracle-")
    try:
        with open(os.path.join(folder, "main.py"), "w", encoding="utf-8") as handle:
            handle.write(source)
        done = subprocess.run([sys.executable, "main.py"], cwd=folder, capture_output=True, text=True,
                              stdin=subprocess.DEVNULL, timeout=timeout,
                              env={"PATH": os.environ.get("PATH", ""), "LANG": "C.UTF-8"})
        stderr = done.stderr.replace(os.path.join(os.path.realpath(folder), ""), "").replace(
            os.path.join(folder, ""), "")
        return done.stdout, stderr, done.returncode
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def oracles(sources: list[str], workers: int = 4) -> list[tuple[str, str, int]]:
    with ThreadPoolExecutor(workers) as pool:
        return list(pool.map(oracle, sources))


def expectations(source: str) -> dict[str, list[str]]:
    """`# expect: …` / `# expect-none: …` header lines."""
    found: dict[str, list[str]] = {}
    for match in re.finditer(r"^# (expect(?:-none)?): (.+)$", source, re.M):
        found.setdefault(match[1], []).append(match[2].strip())
    return found
