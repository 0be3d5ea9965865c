"""What an exercise's probes.py imports: `from looplab_probes import CallWatch, scenario`.

probes.py runs beside the learner's code, in the interpreter that runs it: treat it as visible to
the learner. A scenario returns plain data (numbers, strings, lists, tuples, dicts, exceptions);
the judge reads it with `run.probe(name)` (runtime/src/grade/CHECKS.md).
"""
from __future__ import annotations

from .learner import CallWatch, Learner
from .scenarios import DEFAULT_LIMIT, scenario

__all__ = ["CallWatch", "DEFAULT_LIMIT", "Learner", "scenario"]
