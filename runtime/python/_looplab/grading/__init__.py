"""The check API: what an exercise's checks.py declares, and what each check reads (the learner's
run, code and probes). It runs in the judge (judging/), never beside learner code.

Authors' reference: runtime/src/grade/CHECKS.md.
"""
from __future__ import annotations
