"""Checks as an exercise's checks.py declares them: an ordered list of named tests, each a function
that returns to pass and calls fail(message) to fail with words for the learner."""
from __future__ import annotations

import re
from dataclasses import dataclass
from collections.abc import Callable
from typing import Any, NoReturn


class Fail(Exception):
    """A check's verdict: the learner's code does not do what the check wants."""

    def __init__(self, message: str, output: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.output = output


def fail(message: str, *, output: str | None = None) -> NoReturn:
    """Fail the current check with a message for the learner (and, optionally, the output that
    shows the problem; by default the program's, or the last probe's)."""
    raise Fail(message, output)


@dataclass(frozen=True)
class Check:
    name: str
    body: Callable[[Any], None]


class Registry:
    def __init__(self) -> None:
        self.checks: list[Check] = []

    def add(self, name: str, body: Callable[[Any], None]) -> Check:
        if not isinstance(name, str) or not name.strip():
            raise TypeError("every check needs a name (the test title the learner sees)")
        if any(existing.name == name for existing in self.checks):
            raise ValueError(f"two checks are named {name!r}: test names must be unique")
        made = Check(name, body)
        self.checks.append(made)
        return made


_current: list[Registry] = []


def current() -> Registry:
    if not _current:
        raise RuntimeError("checks can only be declared while an exercise's checks.py is loading")
    return _current[-1]


def collecting(registry: Registry) -> _Collecting:
    return _Collecting(registry)


class _Collecting:
    def __init__(self, registry: Registry) -> None:
        self.registry = registry

    def __enter__(self) -> Registry:
        _current.append(self.registry)
        return self.registry

    def __exit__(self, *_exc: Any) -> None:
        _current.pop()


def check(name: str) -> Callable[[Callable[[Any], None]], Callable[[Any], None]]:
    """Decorator: `@check("the downloads overlap")` registers `def _(run): ...` as the next test."""
    def register(body: Callable[[Any], None]) -> Callable[[Any], None]:
        current().add(name, body)
        return body

    return register


_FIELD = re.compile(r"\{(\w+)(?::([^{}]*))?\}")


def fill(message: str, facts: dict[str, Any]) -> str:
    """str.format for the facts a check knows ({elapsed:.1f}, {function}); any other brace is
    left as written, so messages may show code like `{x}` freely."""
    def replace(match: re.Match[str]) -> str:
        key, spec = match.group(1), match.group(2)
        if key not in facts:
            return match.group(0)
        return format(facts[key], spec or "")

    return _FIELD.sub(replace, message)
