"""A judge request: an exercise's checks against an observation of the learner's program, in an
interpreter that never runs learner code.

The learner's source is parsed (`ast`), never compiled to run or executed. The observation is
validated first (validate.py); one that cannot be the code's own gives an `error` grade, never a
pass. checks.py is compiled in a namespace of its own, with `looplab_checks` importable only while
it loads; its checks are evaluated in order.
"""
from __future__ import annotations

import builtins
import sys
import traceback
from typing import Any, TypedDict, cast

from ..grading import api
from ..grading.code import Code
from ..grading.probe import GradingStopped
from ..grading.program import Program
from ..grading.registry import Check, Fail, Registry, collecting
from ..grading.result import grade_result, test_entry
from ..tracebacks import format_exception
from .mismatch import Mismatch
from .validate import validate

CHECKS_MODULE = "looplab_checks"
MAX_FILES = 64


class JudgeSpec(TypedDict):
    """A request's `judge`, once _judge_spec has checked it."""

    checks: str
    observation: Any  # validate() checks it against the code
    files: dict[str, str]
    entry: str


def judge(raw: dict[str, Any]) -> dict[str, Any]:
    """{"grade": GradeResult}; never raises."""
    try:
        return _judge(raw)
    except KeyboardInterrupt:
        return stopped_judgement()
    except BaseException:  # noqa: BLE001 — a harness bug must still produce an answer
        detail = traceback.format_exc()
        return _answer(grade_result([], f"LoopLab harness error while judging (please report):\n{detail}"))


def stopped_judgement() -> dict[str, Any]:
    """The engine stopped the judge itself (its wall-clock limit, or a Stop)."""
    return _answer(grade_result([], "Grading was interrupted before it finished."))


def _judge(raw: dict[str, Any]) -> dict[str, Any]:
    spec = _judge_spec(raw.get("judge"))
    if isinstance(spec, str):
        return _answer(grade_result([], f"LoopLab harness: invalid judge request: {spec}"))
    files, entry = spec["files"], spec["entry"]
    code = Code(files[entry], entry)
    try:
        observation = validate(spec["observation"], files, entry, code)
    except Mismatch as mismatch:
        return _answer(grade_result([], "LoopLab could not grade this submission: the record of its run "
                                        f"does not match its code ({mismatch.reason})."))
    if observation.run["status"] == "interrupted":
        return _answer(grade_result([], "Your program was stopped before it finished, so it could not "
                                        "be graded."))
    if code.syntax_error is not None:
        detail = "".join(traceback.format_exception_only(SyntaxError, code.syntax_error)).rstrip()
        return _answer(grade_result([], f"Your code has a syntax error, so it could not be checked:\n\n{detail}"))
    if observation.probes_error is not None:
        return _answer(grade_result([], "The checks of this exercise could not be loaded (a bug in the "
                                        f"exercise, not in your code):\n{observation.probes_error}"))
    try:
        registry = load_checks(spec["checks"])
    except Exception as exc:  # noqa: BLE001 — the exercise's bug, reported as such
        return _answer(grade_result([], "The checks of this exercise could not be loaded (a bug in the "
                                        f"exercise, not in your code):\n{format_exception(exc)}"))
    program = Program(observation, code)
    tests: list[dict[str, Any]] = []
    try:
        for check in registry.checks:
            tests.append(evaluate(check, program))
    except GradingStopped:
        return _answer(grade_result(tests, "Grading was stopped before every check had run: a function "
                                           "the checks called did not finish."))
    return _answer(grade_result(tests))


def _judge_spec(spec: Any) -> JudgeSpec | str:
    """The request's `judge`, or what is wrong with it."""
    if not isinstance(spec, dict) or set(spec) != {"checks", "observation", "files", "entry"}:
        return "`judge` must hold exactly `checks`, `observation`, `files` and `entry`"
    if not isinstance(spec["checks"], str):
        return "`judge.checks` must be a string"
    files = spec["files"]
    if not isinstance(files, dict) or not 0 < len(files) <= MAX_FILES or \
            not all(isinstance(k, str) and isinstance(v, str) for k, v in files.items()):
        return "`judge.files` must map file names to their text"
    if not isinstance(spec["entry"], str) or spec["entry"] not in files:
        return "`judge.entry` must name one of the files"
    return cast(JudgeSpec, spec)


def load_checks(source: str) -> Registry:
    """Execute checks.py in a fresh namespace; its `expect.*` calls and `@check`s register tests."""
    registry = Registry()
    code = compile(source, "checks.py", "exec", dont_inherit=True)
    namespace: dict[str, Any] = {"__name__": "checks", "__builtins__": builtins}
    previous = sys.modules.get(CHECKS_MODULE)
    sys.modules[CHECKS_MODULE] = api
    try:
        with collecting(registry):
            exec(code, namespace)
    finally:
        if previous is None:
            sys.modules.pop(CHECKS_MODULE, None)
        else:
            sys.modules[CHECKS_MODULE] = previous
    return registry


def evaluate(check: Check, program: Program) -> dict[str, Any]:
    program.last_probe = None
    try:
        check.body(program)
    except Fail as verdict:
        output = verdict.output
        if output is None:
            output = program.last_probe.output if program.last_probe is not None else program.output
        return test_entry(check.name, "fail", verdict.message, output)
    except (GradingStopped, KeyboardInterrupt):
        raise
    except Exception as exc:  # noqa: BLE001 — a broken check must not hide the others
        return test_entry(check.name, "error", f"This check could not run: {type(exc).__name__}: {exc}")
    return test_entry(check.name, "pass")


def _answer(grade: dict[str, Any]) -> dict[str, Any]:
    return {"grade": grade}
