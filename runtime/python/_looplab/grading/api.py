"""What an exercise's checks.py imports: `from looplab_checks import check, expect, fail`.

Checks run in the judge, an interpreter that never runs learner code. The reference is
runtime/src/grade/CHECKS.md.
"""
from __future__ import annotations

from . import expect
from .code import CallSite, Code, FunctionInfo
from .outcome import Diagnostic, Line, Raised, TaskRecord
from .probe import Probe
from .program import Program
from .registry import Fail, check, fail

__all__ = ["CallSite", "Code", "Diagnostic", "Fail", "FunctionInfo", "Line", "Probe", "Program", "Raised",
           "TaskRecord", "check", "expect", "fail"]
