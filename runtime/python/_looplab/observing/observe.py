"""An observe request: run the learner's program exactly as a run request would, then every
scenario of the exercise's probes.py, each in a fresh run, and record what happened. Nothing here
decides anything: the judge (judging/) computes the verdict, in an interpreter of its own.

probes.py is taken out of the request before the program starts, and compiled only after the
program's run has ended and every change it made to the interpreter has been undone, in a namespace
of its own; `looplab_probes` is importable only while it loads.
"""
from __future__ import annotations

import ast
import builtins
import sys
import traceback
from typing import Any

from ..request import RequestError, parse_request
from ..runner import Run, python_label
from ..timepatch import REAL
from ..tracebacks import format_exception
from .encode import observed_class
from .probe_run import GradingInterrupted, observe_probe
from .scenarios import Scenario, Scenarios, collecting

PROBES_MODULE = "looplab_probes"


class _Record:
    """What has been observed so far: a stop between two steps still answers with it."""

    def __init__(self) -> None:
        self.run: dict[str, Any] | None = None
        self.uncaught: dict[str, Any] | None = None
        self.left_pending: list[int] = []
        self.probes: list[dict[str, Any]] = []
        self.probes_error: str | None = None

    def answer(self, interrupted: bool = False) -> dict[str, Any]:
        from .. import interrupted_early

        return {
            "run": self.run if self.run is not None else interrupted_early(),
            "uncaught": self.uncaught,
            "leftPending": self.left_pending,
            "probes": self.probes,
            "interrupted": interrupted or self.run is None,
            "probesError": self.probes_error,
        }


def observe(raw: dict[str, Any]) -> dict[str, Any]:
    """An Observation (PROTOCOL.md, "Observe and judge requests"); never raises."""
    record = _Record()
    try:
        return _observe(raw, record)
    except KeyboardInterrupt:  # Stop outside the program (which handles its own): between steps
        return record.answer(interrupted=True)
    except BaseException:  # noqa: BLE001 — a harness bug must still produce an answer
        detail = traceback.format_exc()
        return refused(f"LoopLab harness error while observing (please report):\n{detail}", 1)


def _observe(raw: dict[str, Any], record: _Record) -> dict[str, Any]:
    spec = raw.pop("observe", None)  # out of the request dict, which outlives this call
    probes_source = spec.get("probes", False) if isinstance(spec, dict) else False
    del spec
    if probes_source is not None and not isinstance(probes_source, str):
        return refused("LoopLab harness: invalid observe request: `observe.probes` must be the source "
                       "of probes.py or null\n", 2)
    try:
        request = parse_request(raw)
    except RequestError as exc:
        return refused(f"LoopLab harness: invalid request: {exc}\n", 2)
    if request.realtime:
        return refused("LoopLab harness: invalid observe request: observing runs on virtual time\n", 2)

    run = Run(request)
    started = REAL["perf_counter"]()
    exit_code = run.execute()
    record.run = run.result(exit_code, (REAL["perf_counter"]() - started) * 1000)
    if record.run["status"] == "interrupted":
        return record.answer(interrupted=True)
    if run.uncaught is not None:
        record.uncaught = observed_class(*run.uncaught)
    record.left_pending = list(run.left_pending)
    if probes_source is None or not _compiles(request.files.get(request.entry), request.entry):
        return record.answer()  # nothing to probe: a program that does not compile defines nothing
    try:
        scenarios = load_probes(probes_source)
    except Exception as exc:  # noqa: BLE001 — the exercise's bug, reported as such
        record.probes_error = format_exception(exc)
        return record.answer()
    for scenario in scenarios:
        try:
            record.probes.append(observe_probe(request, scenario))
        except GradingInterrupted:
            return record.answer(interrupted=True)
    return record.answer()


def load_probes(source: str) -> list[Scenario]:
    """Execute probes.py in a fresh namespace; its @scenario decorators register the scenarios."""
    from . import api

    scenarios = Scenarios()
    code = compile(source, "probes.py", "exec", dont_inherit=True)
    namespace: dict[str, Any] = {"__name__": "probes", "__builtins__": builtins}
    previous = sys.modules.get(PROBES_MODULE)
    sys.modules[PROBES_MODULE] = api
    try:
        with collecting(scenarios):
            exec(code, namespace)
    finally:
        if previous is None:
            sys.modules.pop(PROBES_MODULE, None)
        else:
            sys.modules[PROBES_MODULE] = previous
    return list(scenarios.items)


def _compiles(source: str | None, filename: str) -> bool:
    if source is None:
        return False
    try:
        ast.parse(source, filename)
    except (SyntaxError, ValueError):
        return False
    return True


def refused(message: str, exit_code: int) -> dict[str, Any]:
    """A request the harness could not act on: the reason is the run's stderr."""
    result = {
        "status": "error", "exitCode": exit_code, "stdout": "", "stderr": message,
        "events": [{"t": 0, "stream": "stderr", "text": message}], "virtualSeconds": 0,
        "wallMs": 0, "timeline": [], "diagnostics": [], "python": python_label(),
    }
    return {"run": result, "uncaught": None, "leftPending": [], "probes": [], "interrupted": False,
            "probesError": None}
