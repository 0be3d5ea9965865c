"""Tracebacks as `python main.py` prints them, minus the harness's own frames."""
from __future__ import annotations

import os
import traceback
from typing import Any

from .state import is_harness_file


def _prune(te: Any, seen: set[int]) -> None:
    if te is None or id(te) in seen:
        return
    seen.add(id(te))
    kept = [frame for frame in te.stack if not is_harness_file(frame.filename)]
    if len(kept) != len(te.stack):
        te.stack = traceback.StackSummary.from_list(kept)
    _prune(te.__cause__, seen)
    _prune(te.__context__, seen)
    for inner in getattr(te, "exceptions", None) or ():
        _prune(inner, seen)


def format_exception(exc: BaseException) -> str:
    te = traceback.TracebackException(type(exc), exc, exc.__traceback__, compact=True)
    _prune(te, set())
    return "".join(te.format())


def interrupt_traceback(frame: Any) -> str:
    """The traceback `python main.py` prints when Ctrl-C lands in `frame`."""
    stack = traceback.StackSummary.extract(traceback.walk_stack(frame))
    stack.reverse()
    frames = [f for f in stack if not is_harness_file(f.filename)]
    # the stack starts at the program's <module>, as under `python main.py` (its files are
    # compiled under relative names; the engine's entry script is below it)
    while frames and os.path.isabs(frames[0].filename) and any(not os.path.isabs(f.filename) for f in frames):
        frames.pop(0)
    kept = traceback.StackSummary.from_list(frames)
    head = "Traceback (most recent call last):\n" if kept else ""
    return head + "".join(kept.format()) + "KeyboardInterrupt\n"
