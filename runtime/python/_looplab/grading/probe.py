"""A probe as the checks read it: what one scenario of probes.py did, as the runner observed it.

`run.probe("briefing-ben")` (program.py) gives it. Values and exceptions arrive decoded: `value` is
plain data, `error` an exception rebuilt from its class names and message (judging/exceptions.py).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .outcome import Outcome

if TYPE_CHECKING:
    from ..judging.validate import ProbeRecord


class Probe(Outcome):
    """What one scenario did: its return value or exception, its virtual time, and the record
    (output, timeline, diagnostics) of the probe alone."""

    def __init__(self, record: ProbeRecord) -> None:
        super().__init__(record.run, None, record.left_pending)
        self.name = record.name
        self.value: Any = record.value
        self.error: BaseException | None = record.error  # what the scenario raised (None if it returned)
        self.elapsed = record.elapsed
        self.stopped = record.stopped  # "deadlock" / "time-limit" / "output-limit" / None
        self.missing: str | None = record.missing


class GradingStopped(BaseException):
    """A check asked for a scenario the engine's interrupt kept from running: stop grading."""


__all__ = ["GradingStopped", "Probe"]
