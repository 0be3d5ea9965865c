#!/usr/bin/env python3
"""Dev check: every test program through the harness in Pyodide (3.14), judged as the unittest
suite judges CPython: differential stdout/exit vs `python3` real time, hang statuses, diagnostics,
per-version expectations. Usage (repo root): python3 runtime/python/dev/check-pyodide.py"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from tests.support import PROGRAMS_DIR, expectations, oracle, oracles, read  # noqa: E402

FOLDERS = ["differential", "hangs", "diagnostics", "versioned"]


def main() -> int:
    done = subprocess.run(["node", os.path.join(HERE, "pyodide-suite.mjs"),
                           *(os.path.join(PROGRAMS_DIR, f) for f in FOLDERS)],
                          capture_output=True, text=True, check=True)
    results = json.loads(done.stdout)
    failures: list[str] = []
    differential = sorted(k for k in results if k.startswith("differential/"))
    sources = {k: read(os.path.join(PROGRAMS_DIR, k)) for k in results}
    expected = dict(zip(differential, oracles([sources[k] for k in differential]), strict=True))
    for key in differential:
        got, (stdout, _err, code) = results[key], expected[key]
        for _retry in range(3):
            if (got["stdout"], got["exitCode"]) == (stdout, code):
                break
            stdout, _err, code = oracle(sources[key])
        else:
            failures.append(f"{key}: stdout/exit differ\n--- python3\n{stdout}--- pyodide\n{got['stdout']}{got['stderr']}")
    for key in (k for k in results if k.startswith("hangs/")):
        status = expectations(sources[key])["expect"][0]
        if results[key]["status"] != status:  # busy-loop: the watchdog interrupts it
            failures.append(f"{key}: {results[key]['status']} != {status}\n{results[key]['stderr']}")
    for key in (k for k in results if k.startswith("diagnostics/")):
        found = [(d["code"], d.get("line")) for d in results[key]["diagnostics"]]
        spec = expectations(sources[key])
        if "expect" in spec:
            expected_at = re.fullmatch(r"(\S+) at line (\d+)", spec["expect"][0])
            assert expected_at is not None, f"{key}: unreadable expectation {spec['expect'][0]!r}"
            code, line = expected_at.groups()
            if (code, int(line)) not in found:
                failures.append(f"{key}: {code} at {line} not in {found}\n{results[key]['stderr']}")
        elif any(c == spec["expect-none"][0] for c, _ in found):
            failures.append(f"{key}: near-miss fired {found}")
    for key in (k for k in results if k.startswith("versioned/")):
        version_match = re.match(r"\d+\.\d+", results[key]["python"])
        assert version_match is not None, results[key]["python"]
        version = version_match[0]
        want = json.loads(read(os.path.join(PROGRAMS_DIR, key[:-3] + ".expected.json"))).get(version)
        if want and (results[key]["stdout"], results[key]["exitCode"]) != (want["stdout"], want["exitCode"]):
            failures.append(f"{key}: {results[key]['stdout']!r} exit {results[key]['exitCode']} != {want}")
    walls = sorted(r["wallMs"] for r in results.values())
    print(f"{len(results)} programs on {next(iter(results.values()))['python']}: {len(failures)} failures; "
          f"wall per run: median {walls[len(walls) // 2]:.1f} ms, max {walls[-1]:.1f} ms")
    for failure in failures:
        print("FAIL", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
