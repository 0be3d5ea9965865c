"""Grading: run a learner's program, then an exercise's checks against what it did (README.md)."""
from __future__ import annotations

from .grade import grade

__all__ = ["grade"]
