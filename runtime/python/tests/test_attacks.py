"""The three in-one-run forgeries of the security report, each a learner's submission to the first
exercise (tests/attacks/). Each passed 6 of 6 checks when the checks ran beside the program; now the
program only ever reaches the observer, and the judge grades its record: none passes."""
from __future__ import annotations

import glob
import os
import sys
import unittest
from typing import Any

from .grading_support import exercise, judged, observed, through_javascript
from .support import run_engine

ATTACKS = sorted(glob.glob(os.path.join(os.path.dirname(__file__), "attacks", "*.py")))
EXERCISE = exercise()


def _read(path: str) -> str:
    with open(path, encoding="utf-8") as handle:
        return handle.read()


class _HarnessSnapshot:
    """In this process the harness outlives the run (Pyodide's engine restores a fresh interpreter
    after every job): put back whatever an attack replaced in the harness's modules."""

    def __enter__(self) -> None:
        self.saved = {name: dict(vars(module)) for name, module in list(sys.modules.items())
                      if name.startswith("_looplab") and module is not None}

    def __exit__(self, *_exc: Any) -> None:
        for name, namespace in self.saved.items():
            module = sys.modules.get(name)
            if module is not None:
                vars(module).update(namespace)


class AttackTest(unittest.TestCase):
    def test_there_are_three_attacks(self) -> None:
        self.assertEqual([os.path.basename(path) for path in ATTACKS],
                         ["flip-the-tests.py", "replace-the-evaluation.py", "rewrite-the-record.py"])

    def test_no_attack_passes_in_one_interpreter(self) -> None:
        for path in ATTACKS:
            source = _read(path)
            with self.subTest(attack=os.path.basename(path)), _HarnessSnapshot():
                observation = observed(source, EXERCISE["probes"])
                grade = judged(source, EXERCISE["checks"] or "", observation)
                self.assertNotEqual(grade["status"], "pass", grade)

    def test_no_attack_passes_through_the_cpython_engine(self) -> None:
        for path in ATTACKS:
            source = _read(path)
            with self.subTest(attack=os.path.basename(path)):
                request = {"observe": {"probes": EXERCISE["probes"]}, "files": {"main.py": source}}
                observation = through_javascript(run_engine(request)["result"])
                grade = judged(source, EXERCISE["checks"] or "", observation)
                self.assertNotEqual(grade["status"], "pass", grade)

    def test_a_rewritten_record_is_caught_by_validation(self) -> None:
        source = _read(next(path for path in ATTACKS if path.endswith("rewrite-the-record.py")))
        grade = judged(source, EXERCISE["checks"] or "", observed(source, EXERCISE["probes"]))
        self.assertEqual(grade["status"], "error")
        self.assertTrue(grade["message"].startswith("LoopLab could not grade this submission: the record of its run "
                                                    "does not match its code"))


if __name__ == "__main__":
    unittest.main()
