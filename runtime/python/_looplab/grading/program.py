"""The learner's program as every check receives it: what its run did (Outcome), its code, and
probes that call its functions with the checks' own inputs."""
from __future__ import annotations

import sys
from typing import Any

from ..request import Request
from .code import Code
from .outcome import Outcome
from .probe import Probe, ProgramStopped, Scenario, run_probe
from .registry import fail

_STOPPED_WORDS = {
    "deadlock": "it waited for ever: a deadlock",
    "time-limit": "it reached the time limit",
    "output-limit": "it printed too much",
    "error": "it raised an exception",
}


class Program(Outcome):
    def __init__(self, result: dict[str, Any], request: Request, uncaught: tuple[type, str] | None,
                 left_pending: list[int], code: Code | None = None) -> None:
        super().__init__(result, uncaught, left_pending)
        self.code = code or Code(request.files.get(request.entry, ""), request.entry)
        self.python = sys.version_info[:2]
        self._request = request
        self.last_probe: Probe | None = None

    def probe(self, scenario: Scenario, *args: Any, limit: float = 600.0) -> Probe:
        """Run `await scenario(learner, *args)` against a fresh copy of the learner's program.

        `learner.name` is the program's global `name`; a missing name fails the check in plain
        words. `limit` is the scenario's virtual-time limit in seconds."""
        try:
            probe = run_probe(self._request, scenario, args, limit)
        except ProgramStopped as stopped:
            words = _STOPPED_WORDS.get(stopped.status, f"its status was {stopped.status}")
            fail(f"Your program stopped before it finished loading ({words}), so the checks could "
                 "not call its functions.")
        self.last_probe = probe
        if probe.missing is not None:
            fail(f"Your code has no `{probe.missing}`: the checks call it with inputs of their own, "
                 "so keep that name.", output="")
        return probe
