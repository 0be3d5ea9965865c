"""Each diagnostic fires on its trigger (with the right line) and not on its near-miss."""
from __future__ import annotations

import os
import re
import unittest

from .support import PROGRAMS_DIR, expectations, read, run

CODES = sorted(os.listdir(os.path.join(PROGRAMS_DIR, "diagnostics")))
REQUIRED = {
    "coroutine-never-awaited", "blocking-call", "task-exception-never-retrieved",
    "task-destroyed-pending", "asyncio-run-in-running-loop", "get-event-loop-no-loop",
    "create-task-no-running-loop", "await-non-awaitable", "cancelled-error-swallowed", "deadlock",
}


def _program(code: str, kind: str) -> str:
    return read(os.path.join(PROGRAMS_DIR, "diagnostics", code, f"{kind}.py"))


class DiagnosticsTest(unittest.TestCase):
    def test_every_code_has_a_trigger_and_a_near_miss(self) -> None:
        self.assertTrue(set(CODES) >= REQUIRED, REQUIRED - set(CODES))

    def test_trigger_fires_with_its_line(self) -> None:
        for code in CODES:
            with self.subTest(code=code):
                source = _program(code, "trigger")
                expected = expectations(source)["expect"][0]
                match = re.fullmatch(r"(\S+) at line (\d+)", expected)
                assert match is not None, expected
                result = run(source)
                found = [(d["code"], d.get("line")) for d in result["diagnostics"]]
                self.assertIn((match[1], int(match[2])), found, result["stderr"])
                for diagnostic in result["diagnostics"]:
                    self.assertGreater(len(diagnostic["message"]), 40)

    def test_near_miss_stays_quiet(self) -> None:
        for code in CODES:
            with self.subTest(code=code):
                source = _program(code, "near-miss")
                quiet = expectations(source)["expect-none"][0]
                result = run(source)
                self.assertNotIn(quiet, [d["code"] for d in result["diagnostics"]], result["stderr"])
                self.assertEqual(result["status"], "ok", result["stderr"])

    def test_blocking_calls_are_summed_per_line(self) -> None:
        result = run(
            "import asyncio, time\n"
            "async def main():\n"
            "    for _ in range(3):\n"
            "        time.sleep(0.5)\n"
            "asyncio.run(main())\n"
        )
        [diagnostic] = result["diagnostics"]
        self.assertEqual(diagnostic["line"], 4)
        self.assertIn("time.sleep(0.5) blocked the event loop 3 times, 1.5 s in all", diagnostic["message"])

    def test_never_awaited_warning_text_is_pythons(self) -> None:
        result = run(_program("coroutine-never-awaited", "trigger"))
        self.assertIn("main.py:11: RuntimeWarning: coroutine 'greet' was never awaited\n  greet()\n",
                      result["stderr"])

    def test_warning_at_shutdown_is_attributed_like_python(self) -> None:
        result = run(_program("create-task-no-running-loop", "trigger"))
        location = "<sys>:0" if result["python"] >= "3.13" else "sys:1"
        self.assertIn(f"{location}: RuntimeWarning: coroutine 'hello' was never awaited", result["stderr"])
        self.assertIn("RuntimeError: no running event loop", result["stderr"])


if __name__ == "__main__":
    unittest.main()
