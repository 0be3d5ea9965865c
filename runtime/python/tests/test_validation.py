"""The judge validates an observation before judging it: honest runs always pass validation (every
program of the course and of runtime/test-programs, observed here), forged records never do."""
from __future__ import annotations

import copy
import glob
import os
import re
import signal
import threading
import unittest
from typing import Any

from _looplab.grading.code import Code
from _looplab.judging.mismatch import Mismatch
from _looplab.judging.validate import validate
from _looplab.observing import observe

from .grading_support import CONTENT_DIR, exercise, judged, observed, through_javascript
from .support import PROGRAMS_DIR

EXAMPLE = re.compile(r"<Example[^>]*>\s*```python\n(.*?)```", re.S)


def honest_programs() -> list[tuple[str, str, str | None]]:
    """(label, source, probes.py or None): every runnable program LoopLab ships."""
    found: list[tuple[str, str, str | None]] = []
    for path in sorted(glob.glob(os.path.join(PROGRAMS_DIR, "**", "*.py"), recursive=True)):
        found.append((os.path.relpath(path, PROGRAMS_DIR), _read(path), None))
    for path in sorted(glob.glob(os.path.join(CONTENT_DIR, "**", "*.mdx"), recursive=True)):
        for index, match in enumerate(EXAMPLE.finditer(_read(path))):
            found.append((f"{os.path.relpath(path, CONTENT_DIR)} example {index + 1}", match[1], None))
    for folder in sorted(glob.glob(os.path.join(CONTENT_DIR, "**", "exercises", "*", ""), recursive=True)):
        probes_path = os.path.join(folder, "probes.py")
        probes = _read(probes_path) if os.path.exists(probes_path) else None
        for path in [os.path.join(folder, "solution.py"), os.path.join(folder, "starter.py"),
                     *sorted(glob.glob(os.path.join(folder, "wrong", "*.py")))]:
            found.append((os.path.relpath(path, CONTENT_DIR), _read(path), probes))
    return found


def _read(path: str) -> str:
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def observe_with_wall_limit(source: str, probes: str | None, seconds: float = 3.0) -> dict[str, Any]:
    """As an engine does: a busy loop is interrupted by SIGINT at the wall-clock limit."""
    timer = threading.Timer(seconds, lambda: os.kill(os.getpid(), signal.SIGINT))
    timer.start()
    try:
        return through_javascript(observe({"files": {"main.py": source}, "observe": {"probes": probes}}))
    finally:
        timer.cancel()


def check(source: str, observation: dict[str, Any]) -> None:
    validate(observation, {"main.py": source}, "main.py", Code(source))


class HonestRunsTest(unittest.TestCase):
    def test_every_program_of_the_course_and_the_test_programs_validates(self) -> None:
        programs = honest_programs()
        self.assertGreater(len(programs), 300)
        rejected = []
        for label, source, probes in programs:
            observation = observe_with_wall_limit(source, probes)
            try:
                check(source, observation)
            except Mismatch as mismatch:
                rejected.append(f"{label}: {mismatch.reason}")
        self.assertEqual(rejected, [])


STARTER = exercise()["starter"] or ""
SOLUTION = exercise()["solution"] or ""


def starter_line(text: str) -> int:
    return next(n for n, line in enumerate(STARTER.splitlines(), 1) if text in line)


class ForgedRecordsTest(unittest.TestCase):
    def setUp(self) -> None:
        self.honest = observed(STARTER)
        check(STARTER, self.honest)

    def rejected(self, observation: dict[str, Any], reason: str, source: str = STARTER) -> None:
        with self.assertRaises(Mismatch) as caught:
            check(source, observation)
        self.assertIn(reason, caught.exception.reason)
        grade = judged(source, "from looplab_checks import expect\nexpect.runs_ok()\n", observation)
        self.assertEqual(grade["status"], "error")
        self.assertTrue(grade["message"].startswith("LoopLab could not grade this submission: the record of its run "
                                                    "does not match its code ("), grade["message"])

    def test_three_downloads_said_to_start_on_the_starters_await_lines(self) -> None:
        forged = copy.deepcopy(self.honest)
        timeline = [event for event in forged["run"]["timeline"] if event["task"] == 1][:2]
        start = timeline[-1]["t"]
        for task, name in enumerate(("podcast.mp3", "photos.zip", "notes.pdf"), 2):
            timeline.append({"t": start, "task": task, "kind": "created", "name": f"Task-{task}", "parent": 1,
                             "coro": "download", "line": starter_line(f'await download("{name}"')})
        for task, seconds in ((2, 2.0), (3, 1.5), (4, 0.5)):
            timeline.append({"t": seconds, "task": task, "kind": "done", "detail": "None"})
        timeline.sort(key=lambda event: event["t"])
        forged["run"]["timeline"] = timeline
        line = starter_line('await download("podcast.mp3"')
        self.rejected(forged, f"task 2 is said to start on line {line}, where nothing can start a task")

    def test_output_out_of_order(self) -> None:
        forged = copy.deepcopy(self.honest)
        events = forged["run"]["events"]
        events[1]["t"], events[2]["t"] = events[2]["t"] + 1, events[1]["t"]
        self.rejected(forged, "before the output printed ahead of it")

    def test_stdout_that_is_not_its_events(self) -> None:
        forged = copy.deepcopy(self.honest)
        forged["run"]["stdout"] = "[0.0s] start podcast.mp3\n"
        self.rejected(forged, "its stdout is not what its output events add up to")

    def test_output_after_the_run_ended(self) -> None:
        forged = copy.deepcopy(self.honest)
        forged["run"]["virtualSeconds"] = 2.0  # the clock set back, as a forged pass would
        self.rejected(forged, "after the run ended (2.0 s)")

    def test_tasks_numbered_out_of_order_or_never_created(self) -> None:
        forged = copy.deepcopy(SOLUTION_OBSERVATION)
        created = [event for event in forged["run"]["timeline"] if event["kind"] == "created"]
        created[2]["task"] = 7
        self.rejected(forged, "should be task 3", SOLUTION)
        forged = copy.deepcopy(self.honest)
        forged["run"]["events"][0]["task"] = 9
        self.rejected(forged, "which was never created")
        forged = copy.deepcopy(self.honest)
        forged["run"]["timeline"].append({"t": forged["run"]["virtualSeconds"], "task": 1, "kind": "running"})
        self.rejected(forged, "comes after that task had finished")

    def test_lines_outside_the_entry_file(self) -> None:
        forged = copy.deepcopy(self.honest)
        forged["run"]["diagnostics"].append({"code": "deadlock", "message": "x", "line": 999})
        self.rejected(forged, "points at line 999")
        forged = copy.deepcopy(self.honest)
        forged["run"]["diagnostics"].append({"code": "made-up", "message": "x"})
        self.rejected(forged, "unknown code")

    def test_statuses_that_contradict_themselves(self) -> None:
        forged = copy.deepcopy(self.honest)
        forged["run"]["exitCode"] = 1
        self.rejected(forged, "ended ok with exit code 1")
        forged = copy.deepcopy(self.honest)
        forged["uncaught"] = {"type": "ValueError", "names": ["ValueError", "Exception", "BaseException", "object"],
                              "message": "x"}
        self.rejected(forged, "with an uncaught exception")

    def test_malformed_shapes(self) -> None:
        for change in (lambda o: o.pop("probes"), lambda o: o.update(extra=1),
                       lambda o: o["run"].update(status="passed"), lambda o: o["run"]["events"].append({"t": -1}),
                       lambda o: o.update(leftPending="all")):
            forged = copy.deepcopy(self.honest)
            change(forged)
            with self.subTest(change=change), self.assertRaises(Mismatch):
                check(STARTER, forged)

    def test_probe_records_must_agree_with_their_runs(self) -> None:
        probes = exercise()["probes"]
        observation = observed(SOLUTION, probes)
        check(SOLUTION, observation)
        for change, reason in ((lambda p: p.update(stopped="deadlock"), "was stopped (deadlock)"),
                               (lambda p: p.update(elapsed=99), "took longer"),
                               (lambda p: p.update(outcome="missing-name"), "found a name missing"),
                               (lambda p: p.update(value={"$float": 1}), "is not a float literal")):
            forged = copy.deepcopy(observation)
            change(forged["probes"][0])
            with self.subTest(reason=reason):
                self.rejected(forged, reason, SOLUTION)
        forged = copy.deepcopy(observation)
        forged["probes"].append(copy.deepcopy(forged["probes"][0]))
        self.rejected(forged, "was observed twice", SOLUTION)


SOLUTION_OBSERVATION = observed(SOLUTION)


if __name__ == "__main__":
    unittest.main()
