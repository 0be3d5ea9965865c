"""The Observation's shape, checked field by field before anything reads it: the JSON types, the
keys (no more, no fewer) and the sizes runtime/python/PROTOCOL.md allows. Consistency between the
fields, and with the learner's code, is validate.py's job."""
from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from .mismatch import Mismatch

RUN_STATUSES = frozenset({"ok", "error", "deadlock", "time-limit", "output-limit", "interrupted"})
TIMELINE_KINDS = frozenset({"created", "running", "waiting", "done", "cancelled", "failed"})
PROBE_OUTCOMES = frozenset({"ran", "not-loaded", "missing-name"})
STOPS = frozenset({"deadlock", "time-limit", "output-limit"})
STOP_REASONS = frozenset({"deadlock", "time-limit", "output-limit", "interrupted", "memory-limit", "engine-failure"})
MAX_TEXT = 16 * 1024 * 1024  # characters of stdout, stderr or one event
MAX_EVENTS = 1_000_000
MAX_TIMELINE = 20_000  # the harness's own cap
MAX_DIAGNOSTICS = 10_000
MAX_PROBES = 64
MAX_NAMES = 64
MAX_NAME = 100  # a scenario's name, the Python label

Check = Callable[[Any, str], None]


def check_observation(raw: Any) -> None:
    _object(raw, "the observation", {
        "run": check_run, "uncaught": _nullable(check_exception), "leftPending": _ids,
        "probes": _list(check_probe, MAX_PROBES), "interrupted": _bool, "probesError": _nullable(_text),
    })


def check_run(raw: Any, where: str) -> None:
    _object(raw, where, {
        "status": _one_of(RUN_STATUSES), "exitCode": _int, "stdout": _text, "stderr": _text,
        "events": _list(_event, MAX_EVENTS), "virtualSeconds": _seconds, "wallMs": _seconds,
        "timeline": _list(_timeline_event, MAX_TIMELINE), "diagnostics": _list(_diagnostic, MAX_DIAGNOSTICS),
        "python": _name,
    }, {"stopped": _stop})


def _stop(raw: Any, where: str) -> None:
    _object(raw, where, {"reason": _one_of(STOP_REASONS), "note": _text}, {"detail": _text})


def check_probe(raw: Any, where: str) -> None:
    _object(raw, where, {
        "name": _name, "outcome": _one_of(PROBE_OUTCOMES), "loadStatus": _nullable(_one_of(RUN_STATUSES)),
        "missing": _nullable(_text), "value": _any, "error": _nullable(check_exception),
        "elapsed": _seconds, "stopped": _nullable(_one_of(STOPS)), "leftPending": _ids, "run": check_run,
    })


def check_exception(raw: Any, where: str) -> None:
    _object(raw, where, {"type": _text, "names": _list(_text, MAX_NAMES), "message": _text})
    names = raw["names"]
    if not raw["type"] or not names or names[0] != raw["type"] or names[-1] != "object" \
            or "BaseException" not in names:
        raise Mismatch(f"{where}: its class names are not those of an exception class")


def _event(raw: Any, where: str) -> None:
    _object(raw, where, {"t": _seconds, "stream": _one_of({"stdout", "stderr"}), "text": _text},
            {"task": _id})


def _timeline_event(raw: Any, where: str) -> None:
    _object(raw, where, {"t": _seconds, "task": _id, "kind": _one_of(TIMELINE_KINDS)}, {
        "name": _text, "parent": _nullable(_id), "coro": _text, "waitingFor": _text, "line": _id,
        "detail": _text,
    })


def _diagnostic(raw: Any, where: str) -> None:
    _object(raw, where, {"code": _text, "message": _text}, {"line": _id})


# ---- building blocks -----------------------------------------------------------------------------
def _object(raw: Any, where: str, required: dict[str, Check], optional: dict[str, Check] | None = None) -> None:
    if not isinstance(raw, dict):
        raise Mismatch(f"{where} is not an object")
    optional = optional or {}
    for key in raw:
        if key not in required and key not in optional:
            raise Mismatch(f"{where} has an unexpected field {str(key)[:40]!r}")
    for key, check in required.items():
        if key not in raw:
            raise Mismatch(f"{where} has no `{key}`")
        check(raw[key], f"{where}, `{key}`")
    for key, check in optional.items():
        if key in raw:
            check(raw[key], f"{where}, `{key}`")


def _list(item: Check, limit: int) -> Check:
    def check(raw: Any, where: str) -> None:
        if not isinstance(raw, list):
            raise Mismatch(f"{where} is not a list")
        if len(raw) > limit:
            raise Mismatch(f"{where} has more than {limit} entries")
        for index, value in enumerate(raw):
            item(value, f"{where} entry {index + 1}")
    return check


def _nullable(inner: Check) -> Check:
    def check(raw: Any, where: str) -> None:
        if raw is not None:
            inner(raw, where)
    return check


def _one_of(allowed: frozenset[str] | set[str]) -> Check:
    def check(raw: Any, where: str) -> None:
        if not isinstance(raw, str) or raw not in allowed:
            raise Mismatch(f"{where} is not one of {', '.join(sorted(allowed))}")
    return check


def _any(raw: Any, where: str) -> None:
    """Encoded values are checked as they are decoded (decode.py)."""


def _bool(raw: Any, where: str) -> None:
    if not isinstance(raw, bool):
        raise Mismatch(f"{where} is not true or false")


def _int(raw: Any, where: str) -> None:
    if not isinstance(raw, int) or isinstance(raw, bool) or abs(raw) > 2**31:
        raise Mismatch(f"{where} is not an integer")


def _id(raw: Any, where: str) -> None:
    if not isinstance(raw, int) or isinstance(raw, bool) or not 0 <= raw <= 2**31:
        raise Mismatch(f"{where} is not a positive integer")


def _ids(raw: Any, where: str) -> None:
    _list(_id, MAX_TIMELINE)(raw, where)


def _seconds(raw: Any, where: str) -> None:
    if not isinstance(raw, (int, float)) or isinstance(raw, bool) or not math.isfinite(raw) or raw < 0:
        raise Mismatch(f"{where} is not a number of seconds")


def _text(raw: Any, where: str) -> None:
    if not isinstance(raw, str) or len(raw) > MAX_TEXT:
        raise Mismatch(f"{where} is not a string of at most {MAX_TEXT} characters")




def _name(raw: Any, where: str) -> None:
    if not isinstance(raw, str) or not 0 < len(raw) <= MAX_NAME:
        raise Mismatch(f"{where} is not a name of 1 to {MAX_NAME} characters")
