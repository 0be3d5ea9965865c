"""Grading as the engines do it: observe (the interpreter that runs the learner's code), send the
observation through JSON as JavaScript would, then judge (an interpreter that never runs it)."""
from __future__ import annotations

import json
import os
import textwrap
from typing import Any

from _looplab.judging import judge
from _looplab.observing import observe

from .support import RUNTIME_DIR

CONTENT_DIR = os.path.join(os.path.dirname(RUNTIME_DIR), "content")
FIRST_EXERCISE = os.path.join(CONTENT_DIR, "01-why-async", "01-sync-vs-async", "exercises", "download-all-at-once")


def through_javascript(value: Any) -> Any:
    """JSON.parse then JSON.stringify: 2.0 comes back as 2, which the judge must cope with."""
    def number(text: str) -> float | int:
        parsed = float(text)
        return int(parsed) if parsed.is_integer() and abs(parsed) < 2**53 else parsed

    return json.loads(json.dumps(value, ensure_ascii=False), parse_float=number)


def observed(source: str, probes: str | None = None, **request: Any) -> dict[str, Any]:
    spec = {"probes": textwrap.dedent(probes) if probes is not None else None}
    return through_javascript(observe({"files": {"main.py": source}, "observe": spec, **request}))


def judged(source: str, checks: str, observation: dict[str, Any]) -> dict[str, Any]:
    answer = judge({"judge": {"checks": textwrap.dedent(checks), "observation": observation,
                              "files": {"main.py": source}, "entry": "main.py"}})
    assert set(answer) == {"grade"}, answer
    return answer["grade"]


def graded(source: str, checks: str, probes: str | None = None, **request: Any) -> dict[str, Any]:
    """{"observation": Observation, "grade": GradeResult}."""
    observation = observed(source, probes, **request)
    return {"observation": observation, "grade": judged(source, checks, observation)}


def result(source: str, checks: str, probes: str | None = None) -> dict[str, Any]:
    return graded(source, checks, probes)["grade"]


def statuses(source: str, checks: str, probes: str | None = None) -> list[str]:
    return [test["status"] for test in result(source, checks, probes)["tests"]]


def first_failure(source: str, checks: str, probes: str | None = None) -> str | None:
    failed = next((t for t in result(source, checks, probes)["tests"] if t["status"] != "pass"), None)
    return failed.get("message") if failed else None


def failure_message(source: str, checks: str, probes: str | None = None) -> str:
    """The first failing test's message, for a program that must fail one."""
    message = first_failure(source, checks, probes)
    if message is None:
        raise AssertionError("expected a failing test with a message")
    return message


def exercise(folder: str = FIRST_EXERCISE) -> dict[str, str | None]:
    """An exercise's files: checks, probes (None if it has none), solution, starter."""
    def read(name: str) -> str | None:
        path = os.path.join(folder, name)
        if not os.path.exists(path):
            return None
        with open(path, encoding="utf-8") as handle:
            return handle.read()

    return {name: read(f"{name}.py") for name in ("checks", "probes", "solution", "starter")}
