"""The audit hook returns at once for events it never refuses (lockdown.py `_JUDGED_EVENTS`): the
harness's own tracing raises ~1,000 of them per run. This proves the shortcut skips nothing that
`_judge` would refuse, read from `_judge`'s own source, so a new refusal cannot be forgotten there."""
from __future__ import annotations

import ast
import inspect
import unittest

from _looplab import lockdown


def _judged_by_source() -> tuple[set[str], set[str]]:
    """(events `_judge` compares with ==, names of the collections it tests with `in`)."""
    tree = ast.parse(inspect.getsource(lockdown._judge))
    literals: set[str] = set()
    collections: set[str] = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Compare) and isinstance(node.left, ast.Name)
                and node.left.id == "event"):
            continue
        for op, right in zip(node.ops, node.comparators, strict=True):
            if isinstance(op, ast.Eq) and isinstance(right, ast.Constant):
                literals.add(str(right.value))
            elif isinstance(op, ast.In) and isinstance(right, ast.Name):
                collections.add(right.id)
    return literals, collections


class FastPathTest(unittest.TestCase):
    def test_every_event_judge_refuses_reaches_it(self) -> None:
        literals, collections = _judged_by_source()
        self.assertGreaterEqual(len(literals), 3)  # import, sys.addaudithook, open
        self.assertGreaterEqual(len(collections), 6)
        for literal in literals:
            self.assertIn(literal, lockdown._JUDGED_EVENTS)
        for name in collections:
            for event in getattr(lockdown, name):
                self.assertIn(event, lockdown._JUDGED_EVENTS, f"{event} (from {name})")

    def test_the_tracing_events_take_the_shortcut(self) -> None:
        for event in ("object.__getattr__", "builtins.id", "sys._getframe"):
            self.assertNotIn(event, lockdown._JUDGED_EVENTS)


if __name__ == "__main__":
    unittest.main()
