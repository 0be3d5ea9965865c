"""Judging: compute a grade from an exercise's checks, an observation of the learner's program
(validated first) and the learner's source (parsed, never run). The judge's interpreter never runs
learner code: runtime/python/PROTOCOL.md, "Observe and judge requests"."""
from __future__ import annotations

from .judge import judge, stopped_judgement

__all__ = ["judge", "stopped_judgement"]
