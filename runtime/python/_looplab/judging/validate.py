"""Before judging: is the observation what the learner's code could have produced?

Everything in an observation comes from the interpreter that ran the learner's code, so a program
that reached the harness's objects could have written any of it. The judge accepts it only when it
is well-formed (shape.py) and consistent, with itself and with the learner's source (parsed, never
run): times that only move forward and stay within the run, output that is exactly the sum of its
events, tasks numbered in creation order, every line in the entry file, and every task (but the
first) created on a line that can start one (task_lines.py). Honest runs always are: the tests
observe every program of the course and of runtime/test-programs and validate each.
"""
from __future__ import annotations

import ast
import math
from dataclasses import dataclass, field
from typing import Any

from ..grading.code import Code
from .decode import decode
from .exceptions import rebuild
from .mismatch import Mismatch
from .shape import MAX_TIMELINE, STOPS, check_observation
from .task_lines import task_lines

EPSILON = 1e-6  # times are rounded to the microsecond
DIAGNOSTIC_CODES = frozenset({
    "coroutine-never-awaited", "blocking-call", "task-exception-never-retrieved", "task-destroyed-pending",
    "asyncio-run-in-running-loop", "get-event-loop-no-loop", "create-task-no-running-loop",
    "await-non-awaitable", "cancelled-error-swallowed", "deadlock",
})
_EXIT_CODES = {"ok": range(0, 1), "deadlock": range(1, 2), "time-limit": range(1, 2),
               "output-limit": range(1, 2), "interrupted": range(130, 131), "error": range(1, 256)}
_FINISHED = frozenset({"done", "cancelled", "failed"})
_FIELDS = {
    "created": {"name", "parent", "coro", "line"}, "running": set(), "waiting": {"waitingFor", "line"},
    "done": {"detail"}, "cancelled": set(), "failed": {"detail"},
}


@dataclass
class ProbeRecord:
    """One scenario as the runner observed it, decoded (CHECKS.md, "Probes")."""
    name: str
    outcome: str  # "ran" | "not-loaded" | "missing-name"
    load_status: str | None
    missing: str | None
    value: Any
    error: BaseException | None
    elapsed: float
    stopped: str | None
    left_pending: list[int]
    run: dict[str, Any]


@dataclass
class ObservationRecord:
    run: dict[str, Any]
    uncaught: dict[str, Any] | None
    left_pending: list[int]
    probes: dict[str, ProbeRecord] = field(default_factory=dict)
    interrupted: bool = False
    probes_error: str | None = None


def validate(raw: Any, files: dict[str, str], entry: str, code: Code) -> ObservationRecord:
    """The observation, checked and decoded; Mismatch(reason) if it cannot be the code's."""
    check_observation(raw)
    lines = _Lines(files, entry, code)
    run = raw["run"]
    check_run(run, lines, "the program's run")
    if raw["uncaught"] is not None and run["status"] != "error":
        raise Mismatch(f"the program's run ended with status {run['status']} yet with an uncaught exception")
    if run["status"] == "interrupted" and not (raw["interrupted"] and not raw["probes"]):
        raise Mismatch("the program's run was interrupted, yet scenarios ran after it")
    record = ObservationRecord(run=run, uncaught=raw["uncaught"], left_pending=raw["leftPending"],
                               interrupted=raw["interrupted"], probes_error=raw["probesError"])
    for probe in raw["probes"]:
        where = f"scenario {probe['name']!r}"
        if probe["name"] in record.probes:
            raise Mismatch(f"scenario {probe['name']!r} was observed twice")
        record.probes[probe["name"]] = check_probe(probe, lines, where)
    return record


def check_probe(probe: dict[str, Any], lines: _Lines, where: str) -> ProbeRecord:
    run, outcome = probe["run"], probe["outcome"]
    check_run(run, lines, f"the run of {where}")
    fields = {key: probe[key] for key in ("loadStatus", "missing", "value", "error", "stopped")}
    if outcome == "not-loaded":
        if probe["loadStatus"] is None or any(fields[k] is not None for k in fields if k != "loadStatus") \
                or probe["elapsed"] != 0 or probe["leftPending"]:
            raise Mismatch(f"{where} did not load, yet its record says more")
    elif outcome == "missing-name":
        missing = probe["missing"]
        if not isinstance(missing, str) or not missing.isidentifier() or \
                any(fields[k] is not None for k in fields if k != "missing") or probe["leftPending"]:
            raise Mismatch(f"{where} found a name missing, yet its record says more")
    else:
        if probe["loadStatus"] is not None or probe["missing"] is not None:
            raise Mismatch(f"{where} ran, yet its record says it did not")
        if probe["error"] is not None and probe["value"] is not None:
            raise Mismatch(f"{where} both returned and raised")
        want = run["status"] if run["status"] in STOPS else None
        if probe["stopped"] != want:
            raise Mismatch(f"{where} was stopped ({probe['stopped']}), but its run ended {run['status']}")
    if probe["elapsed"] > run["virtualSeconds"] + EPSILON:
        raise Mismatch(f"{where} took longer ({probe['elapsed']} s) than its whole run")
    error = probe["error"]
    return ProbeRecord(
        name=probe["name"], outcome=outcome, load_status=probe["loadStatus"], missing=probe["missing"],
        value=decode(probe["value"]), error=rebuild(error) if error is not None else None,
        elapsed=float(probe["elapsed"]), stopped=probe["stopped"], left_pending=list(probe["leftPending"]),
        run=run)


class _Lines:
    """The entry file's lines, and those where a task can start (worked out once, when needed)."""

    def __init__(self, files: dict[str, str], entry: str, code: Code) -> None:
        source = files[entry]
        self.count = max(len(source.splitlines()), source.count("\n") + 1)
        self.code = code
        self.files = files
        self.entry = entry
        self._task_lines: set[int] | None = None

    def exists(self, line: int) -> bool:
        return 1 <= line <= self.count

    def can_start_task(self, line: int) -> bool:
        if self.code.tree is None:
            return False  # a program that does not compile starts nothing
        if self._task_lines is None:
            self._task_lines = task_lines(self.code.tree, self._others())
        return line in self._task_lines

    def _others(self) -> list[ast.Module]:
        trees = []
        for path, text in self.files.items():
            if path != self.entry and path.endswith(".py"):
                try:
                    trees.append(ast.parse(text, path))
                except (SyntaxError, ValueError):
                    pass
        return trees


def check_run(run: dict[str, Any], lines: _Lines, where: str) -> None:
    status, seconds = run["status"], run["virtualSeconds"]
    if run["exitCode"] not in _EXIT_CODES[status]:
        raise Mismatch(f"{where} ended {status} with exit code {run['exitCode']}")
    _check_output(run, seconds, where)
    created = _check_timeline(run["timeline"], seconds, lines, where)
    if len(run["timeline"]) < MAX_TIMELINE:
        for index, event in enumerate(run["events"]):
            if event.get("task", 0) > created:
                raise Mismatch(f"{where}: output {index + 1} is said to come from task {event['task']}, "
                               "which was never created")
    for index, found in enumerate(run["diagnostics"]):
        if found["code"] not in DIAGNOSTIC_CODES:
            raise Mismatch(f"{where}: diagnostic {index + 1} has an unknown code")
        if "line" in found and not lines.exists(found["line"]):
            raise Mismatch(f"{where}: diagnostic {index + 1} points at line {found['line']}, "
                           f"but the code has {lines.count} lines")


def _check_output(run: dict[str, Any], seconds: float, where: str) -> None:
    last = 0.0
    parts: dict[str, list[str]] = {"stdout": [], "stderr": []}
    for index, event in enumerate(run["events"]):
        t = event["t"]
        if t + EPSILON < last:
            raise Mismatch(f"{where}: output {index + 1} is stamped {t} s, before the output printed "
                           f"ahead of it ({last} s)")
        if t > seconds + EPSILON:
            raise Mismatch(f"{where}: output {index + 1} is stamped {t} s, after the run ended ({seconds} s)")
        last = t
        parts[event["stream"]].append(event["text"])
    for stream in ("stdout", "stderr"):
        if "".join(parts[stream]) != run[stream]:
            raise Mismatch(f"{where}: its {stream} is not what its output events add up to")


def _check_timeline(timeline: list[dict[str, Any]], seconds: float, lines: _Lines, where: str) -> int:
    """Checks the timeline; returns how many tasks it created."""
    created = 0
    finished: set[int] = set()
    last = 0.0
    for index, event in enumerate(timeline):
        task, kind, t = event["task"], event["kind"], event["t"]
        at = f"{where}: timeline event {index + 1} (task {task}, {kind})"
        if not math.isfinite(t) or t > seconds + EPSILON:
            raise Mismatch(f"{at} is stamped {t} s, after the run ended ({seconds} s)")
        if t + EPSILON < last:
            raise Mismatch(f"{at} is stamped {t} s, before the event ahead of it ({last} s)")
        last = t
        extra = set(event) - {"t", "task", "kind"} - _FIELDS[kind]
        if extra:
            raise Mismatch(f"{at} carries fields its kind does not have ({', '.join(sorted(extra))})")
        if "line" in event and not lines.exists(event["line"]):
            raise Mismatch(f"{at} points at line {event['line']}, but the code has {lines.count} lines")
        if kind == "created":
            if task != created + 1:
                raise Mismatch(f"{at}: tasks are numbered in the order they are created, and this "
                               f"should be task {created + 1}")
            created = task
            if "name" not in event or "coro" not in event or "parent" not in event:
                raise Mismatch(f"{at} does not say its name, coroutine and parent")
            parent = event["parent"]
            if parent is not None and not 1 <= parent < task:
                raise Mismatch(f"{at} names a parent task that did not exist yet")
            if task > 1 and "line" in event and not lines.can_start_task(event["line"]):
                raise Mismatch(f"task {task} is said to start on line {event['line']}, where nothing can "
                               "start a task")
            continue
        if not 1 <= task <= created:
            raise Mismatch(f"{at} is about a task that was never created")
        if task in finished:
            raise Mismatch(f"{at} comes after that task had finished")
        if kind in _FINISHED:
            finished.add(task)
    return created
