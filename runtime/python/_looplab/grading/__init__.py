"""Grading: run a learner's program, then an exercise's checks against what it did.

The request and answer: runtime/python/PROTOCOL.md, "Grade requests". The check API for authors:
runtime/src/grade/CHECKS.md.
"""
from __future__ import annotations

from .grade import grade

__all__ = ["grade"]
