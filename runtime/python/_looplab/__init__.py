"""LoopLab's Python harness: runs a program like `python main.py`, on a virtual-time event loop.

API (see PROTOCOL.md): run_json(request_json) -> answer_json; run(request_dict) -> RunResult;
observing.observe(request_dict) -> Observation; judging.judge(request_dict) -> {"grade"}
(PROTOCOL.md, "Observe and judge requests").
"""
from __future__ import annotations

import json
import traceback
from typing import Any

from .preload import preload
from .request import RequestError, parse_request
from .runner import Run, python_label
from .timepatch import REAL

preload()  # Pyodide: into the memory image every job starts from (preload.py)

__all__ = ["run", "run_json"]


def _failure(message: str, exit_code: int) -> dict[str, Any]:
    return {
        "status": "error", "exitCode": exit_code, "stdout": "", "stderr": message,
        "events": [{"t": 0, "stream": "stderr", "text": message}], "virtualSeconds": 0,
        "wallMs": 0, "timeline": [], "diagnostics": [], "python": python_label(),
    }


def interrupted_early() -> dict[str, Any]:
    """Stop came while the harness was still setting up (or already wrapping up): no program
    frame to blame, so what `python main.py` shows for a Ctrl-C that early."""
    return {**_failure("KeyboardInterrupt\n", 130), "status": "interrupted"}


def run(request: dict[str, Any]) -> dict[str, Any]:
    """Run one program; never raises for anything the program (or the request) does."""
    try:
        return _run(request)
    except KeyboardInterrupt:  # outside the program: its own KeyboardInterrupt is handled in Run
        return interrupted_early()


def _run(request: dict[str, Any]) -> dict[str, Any]:
    try:
        parsed = parse_request(request)
    except RequestError as exc:
        return _failure(f"LoopLab harness: invalid request: {exc}\n", 2)
    started = REAL["perf_counter"]()
    try:
        the_run = Run(parsed)
        exit_code = the_run.execute()
        return the_run.result(exit_code, (REAL["perf_counter"]() - started) * 1000)
    except KeyboardInterrupt:
        raise
    except BaseException:  # noqa: BLE001 — a harness bug must still produce a result
        return _failure("LoopLab harness error (please report):\n" + traceback.format_exc(), 1)


def run_json(request_json: str) -> str:
    """A run request → RunResult JSON; an observe request (one with an `observe` key) → Observation
    JSON; a judge request (`{"judge": …}`) → {"grade": GradeResult} JSON (PROTOCOL.md). Stop
    (SIGINT) may land anywhere in here, even before the program starts: it is an answer too, never
    an error."""
    kind = [_guess_kind(request_json)]  # only to shape an answer if Stop comes before parsing
    # Handed over in a box and dropped here: a request's probes must not linger in any frame the
    # program could look into.
    box = [request_json]
    del request_json
    try:
        return _run_json(box, kind)
    except KeyboardInterrupt:
        return json.dumps(_stopped(kind[0]))


def _guess_kind(request_json: str) -> str:
    """Engines put `judge` or `observe` first in the request (PROTOCOL.md)."""
    head = request_json[:16]
    if '"judge"' in head:
        return "judge"
    return "observe" if '"observe"' in head else "run"


def _stopped(kind: str) -> dict[str, Any]:
    if kind == "judge":
        from .judging import stopped_judgement

        return stopped_judgement()
    if kind == "observe":
        return {"run": interrupted_early(), "uncaught": None, "leftPending": [], "probes": [],
                "interrupted": True, "probesError": None}
    return interrupted_early()


def _run_json(box: list[str], kind: list[str]) -> str:
    request_json = box.pop()
    try:
        request = json.loads(request_json)
    except (TypeError, ValueError) as exc:
        return json.dumps(_failure(f"LoopLab harness: the request is not valid JSON: {exc}\n", 2))
    del request_json
    if isinstance(request, dict) and "judge" in request:
        kind[0] = "judge"
        from .judging import judge

        return json.dumps(judge(request), ensure_ascii=False)
    if isinstance(request, dict) and "observe" in request:
        kind[0] = "observe"
        from .observing import observe

        return json.dumps(observe(request), ensure_ascii=False)
    kind[0] = "run"
    return json.dumps(run(request), ensure_ascii=False)
