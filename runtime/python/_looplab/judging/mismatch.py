"""The one way validation says no: the observation cannot be what the learner's code did."""
from __future__ import annotations


class Mismatch(Exception):
    """The record of a run is malformed, or inconsistent with itself or with the learner's code."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
