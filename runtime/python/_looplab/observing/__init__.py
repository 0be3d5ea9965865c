"""Observing: run a learner's program and an exercise's probe scenarios, and record what happened.

This is the side that runs learner code; it decides nothing. The request and the Observation it
answers with: runtime/python/PROTOCOL.md, "Observe and judge requests". probes.py's API:
runtime/src/grade/CHECKS.md.
"""
from __future__ import annotations

from .observe import observe

__all__ = ["observe"]
