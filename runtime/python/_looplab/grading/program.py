"""The learner's program as every check receives it: what its run did (Outcome), its code, and the
probes: what the exercise's scenarios did when they called its functions with their own inputs."""
from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from .code import Code
from .outcome import Outcome
from .probe import GradingStopped, Probe
from .registry import fail

if TYPE_CHECKING:
    from ..judging.validate import ObservationRecord

_STOPPED_WORDS = {
    "deadlock": "it waited for ever: a deadlock",
    "time-limit": "it reached the time limit",
    "output-limit": "it printed too much",
    "error": "it raised an exception",
}


class Program(Outcome):
    def __init__(self, observation: ObservationRecord, code: Code) -> None:
        super().__init__(observation.run, observation.uncaught, observation.left_pending)
        self.code = code
        self.python = _version(observation.run["python"])
        self._observation = observation
        self.last_probe: Probe | None = None

    def probe(self, name: str) -> Probe:
        """What probes.py's scenario `name` did against a fresh copy of the learner's program.

        A name the program does not define fails the check in plain words; so does a program that
        does not load."""
        record = self._observation.probes.get(name)
        if record is None:
            if self._observation.interrupted:
                raise GradingStopped()
            raise LookupError(f"probes.py has no scenario named {name!r}")
        if record.outcome == "not-loaded":
            status = record.load_status or "error"
            words = _STOPPED_WORDS.get(status, f"its status was {status}")
            fail(f"Your program stopped before it finished loading ({words}), so the checks could "
                 "not call its functions.")
        probe = Probe(record)
        self.last_probe = probe
        if record.outcome == "missing-name":
            fail(f"Your code has no `{probe.missing}`: the checks call it with inputs of their own, "
                 "so keep that name.", output="")
        return probe


def _version(label: str) -> tuple[int, int]:
    """(major, minor) of the Python that ran the program: "3.14.2 (pyodide)" → (3, 14)."""
    match = re.match(r"(\d+)\.(\d+)", label)
    return (int(match[1]), int(match[2])) if match else sys.version_info[:2]
