"""The one run in progress, shared by every patched function.

Patched functions (time.sleep, the loop, the simulated web…) may outlive a run: a stdlib module
first imported during a run can keep a reference to them. They therefore look the run up here at
call time and fall back to the real behaviour when no run is active.
"""
from __future__ import annotations

import os
from typing import Any

HARNESS_DIR = os.path.dirname(os.path.abspath(__file__))

# Set by runner.Run while a program runs; None between runs.
active: Any = None


class RunAborted(BaseException):
    """Stops the program at once (deadlock, time limit, output limit, interrupt).

    A BaseException so a learner's `except Exception` cannot swallow it.
    """

    def __init__(self, status: str) -> None:
        super().__init__(status)
        self.status = status


class ThreadPastLimit(BaseException):
    """Unwinds a simulated thread whose clock reached the run's time limit (threads.py): the rest
    of the program goes on, and whoever waits for that thread waits past the limit."""


def is_harness_file(filename: str | None) -> bool:
    return bool(filename) and os.path.abspath(filename).startswith(HARNESS_DIR + os.sep)
