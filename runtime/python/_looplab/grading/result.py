"""GradeResult: Exercism's test-runner interface, version 3 (runtime/src/types.ts).

Tests come in check order. The first failing test carries the whole message and the output that
shows the problem; later failures are kept short (their first sentence), so a learner fixes one
thing at a time.
"""
from __future__ import annotations

import re
from typing import Any

OUTPUT_LIMIT = 500
_TRIMMED = "\n… (trimmed to 500 characters)"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def trim_output(text: str) -> str:
    if len(text) <= OUTPUT_LIMIT:
        return text
    return text[: OUTPUT_LIMIT - len(_TRIMMED)] + _TRIMMED


def first_sentence(message: str) -> str:
    head = _SENTENCE_END.split(message.strip(), maxsplit=1)[0]
    return head if len(head) <= 160 else head[:159] + "…"


def test_entry(name: str, status: str, message: str | None = None,
               output: str | None = None) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": name, "status": status}
    if message:
        entry["message"] = message
    if output:
        entry["output"] = trim_output(output)
    return entry


def emphasise_first_failure(tests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen_failure = False
    for test in tests:
        if test["status"] == "pass":
            continue
        if seen_failure:
            test.pop("output", None)
            if "message" in test:
                test["message"] = first_sentence(test["message"])
        seen_failure = True
    return tests


def grade_result(tests: list[dict[str, Any]], error: str | None = None) -> dict[str, Any]:
    """status: error when the checks could not run (or one of them broke), else fail if any test
    failed, else pass. `message` is set only for error, as the interface asks."""
    tests = emphasise_first_failure(tests)
    if error is None and any(test["status"] == "error" for test in tests):
        broken = next(test for test in tests if test["status"] == "error")
        error = (f"The check \"{broken['name']}\" could not run: that is a bug in this exercise's "
                 "checks, not in your code.")
    if error is not None:
        return {"version": 3, "status": "error", "message": error, "tests": tests}
    if not tests:
        return {"version": 3, "status": "error", "message": "This exercise has no checks.", "tests": []}
    status = "fail" if any(test["status"] == "fail" for test in tests) else "pass"
    return {"version": 3, "status": status, "message": None, "tests": tests}
