"""What an exercise's checks.py imports: `from looplab_checks import check, expect, fail`.

The reference is runtime/src/grade/CHECKS.md.
"""
from __future__ import annotations

from . import expect
from .code import CallSite, Code, FunctionInfo
from .outcome import Diagnostic, Line, Raised, TaskRecord
from .probe import CallWatch, Learner, Probe
from .program import Program
from .registry import Fail, check, fail

__all__ = ["CallSite", "CallWatch", "Code", "Diagnostic", "Fail", "FunctionInfo", "Learner", "Line", "Probe",
           "Program", "Raised", "TaskRecord", "check", "expect", "fail"]
