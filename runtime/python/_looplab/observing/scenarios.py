"""Scenarios as an exercise's probes.py declares them: named coroutines that call the learner's
functions with the exercise's own inputs, in the order declared."""
from __future__ import annotations

import math
from dataclasses import dataclass
from collections.abc import Callable, Coroutine
from typing import Any

ScenarioBody = Callable[[Any], Coroutine[Any, Any, Any]]  # an `async def` taking `learner`

DEFAULT_LIMIT = 600.0
MAX_SCENARIOS = 64
MAX_NAME = 100


@dataclass(frozen=True)
class Scenario:
    name: str
    body: ScenarioBody
    limit: float  # virtual seconds the scenario may take


class Scenarios:
    def __init__(self) -> None:
        self.items: list[Scenario] = []

    def add(self, name: str, body: ScenarioBody, limit: float) -> None:
        if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME:
            raise TypeError(f"a scenario needs a name of 1 to {MAX_NAME} characters (checks.py asks for it by name)")
        if any(existing.name == name for existing in self.items):
            raise ValueError(f"two scenarios are named {name!r}: scenario names must be unique")
        if not callable(body):
            raise TypeError(f"scenario {name!r} must decorate an `async def` taking `learner`")
        if isinstance(limit, bool) or not isinstance(limit, (int, float)) or not (0 < limit < math.inf):
            raise ValueError(f"scenario {name!r}: limit must be a positive number of virtual seconds")
        if len(self.items) >= MAX_SCENARIOS:
            raise ValueError(f"probes.py may declare at most {MAX_SCENARIOS} scenarios")
        self.items.append(Scenario(name, body, float(limit)))


_current: list[Scenarios] = []


def current() -> Scenarios:
    if not _current:
        raise RuntimeError("scenarios can only be declared while an exercise's probes.py is loading")
    return _current[-1]


class collecting:
    """`with collecting(scenarios):` — the @scenario decorators of probes.py add to it."""

    def __init__(self, scenarios: Scenarios) -> None:
        self.scenarios = scenarios

    def __enter__(self) -> Scenarios:
        _current.append(self.scenarios)
        return self.scenarios

    def __exit__(self, *_exc: Any) -> None:
        _current.pop()


def scenario(name: str, *, limit: float = DEFAULT_LIMIT) -> Callable[[ScenarioBody], ScenarioBody]:
    """`@scenario("briefing-ben")` above `async def briefing_ben(learner): ...` registers it; checks.py
    reads what it did with `run.probe("briefing-ben")`. `limit`: its virtual-time limit in seconds."""
    def register(body: ScenarioBody) -> ScenarioBody:
        current().add(name, body, limit)
        return body

    return register
