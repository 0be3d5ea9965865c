"""Programs that would hang under real Python end at once, with the status in their header."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import json
import time
import unittest

from .support import ENTRY_SCRIPT, expectations, programs, read, run
from _looplab.timepatch import REAL

HANGS = programs("hangs")


class HangTest(unittest.TestCase):
    def test_each_hang_ends_with_its_status(self) -> None:
        self.assertGreaterEqual(len(HANGS), 12)
        for path in HANGS:
            source = read(path)
            status = expectations(source)["expect"][0]
            if status == "interrupted":
                continue  # needs the engine's wall-clock interrupt: see test_busy_loop_is_interrupted
            with self.subTest(program=os.path.basename(path)):
                started = REAL["perf_counter"]()
                result = run(source)
                elapsed = REAL["perf_counter"]() - started
                self.assertEqual(result["status"], status, result["stderr"])
                self.assertEqual(result["exitCode"], 1)
                # Each would wait an hour of real time or for ever; 10 s is far from both, and far
                # from a loaded machine's slowness.
                self.assertLess(elapsed, 10.0, "a hang must end at once, not after a real wait")
                self.assertTrue(result["stderr"].endswith("\n"))
                self.assertEqual(result["stopped"]["reason"], status)
                self.assertTrue(result["stopped"]["note"].startswith("LoopLab: "), result["stopped"])
                self.assertTrue(result["stderr"].endswith(result["stopped"]["note"]))

    def test_deadlock_names_each_task_what_it_awaits_and_where(self) -> None:
        result = run(read(os.path.join(os.path.dirname(HANGS[0]), "queue-get-forever.py")))
        self.assertIn("Task-1 (main()) waits for Task-2 at line 15 of main.py", result["stderr"])
        self.assertIn("Task-2 (consumer()) waits for Queue.get() at line 8 of main.py", result["stderr"])
        self.assertEqual([(d["code"], d["line"]) for d in result["diagnostics"]],
                         [("deadlock", 15), ("deadlock", 8)])
        self.assertEqual(result["stdout"], "got only item\n")

    def test_deadlock_words_for_each_primitive(self) -> None:
        folder = os.path.dirname(HANGS[0])
        cases = {
            "event-never-set.py": ["Task-2 (waiter()) waits for Event.wait() at line 8",
                                   "Task-1 (main()) waits for gather(2) at line 14"],
            "lock-never-released.py": ["Task-3 (wants_lock()) waits for Lock.acquire() at line 14"],
            "future-never-resolved.py": ["waits for a Future that nothing will ever resolve at line 9"],
            "tasks-await-each-other.py": ["Task-2 (first()) waits for Task-3 at line 10",
                                          "Task-3 (second()) waits for Task-2 at line 15"],
            "condition-never-notified.py": ["Task-1 (main()) waits for Condition.wait() at line 9"],
            "semaphore-exhausted.py": ["Task-3 (job()) waits for Semaphore.acquire() at line 7"],
            "run-forever-idle.py": ["deadlock at line 16 of main.py", "nothing will ever call loop.stop()"],
            "run-until-complete-bare-future.py": ["deadlock at line 8 of main.py",
                                                  "run_until_complete() waits for a Future"],
        }
        for name, phrases in cases.items():
            with self.subTest(program=name):
                stderr = run(read(os.path.join(folder, name)))["stderr"]
                for phrase in phrases:
                    self.assertIn(phrase, stderr)

    def test_output_before_a_hang_is_kept(self) -> None:
        result = run(read(os.path.join(os.path.dirname(HANGS[0]), "run-forever-idle.py")))
        self.assertEqual(result["stdout"], "1\n2\n3\n")
        self.assertAlmostEqual(result["virtualSeconds"], 3.0, places=2)

    def test_nothing_printed_after_the_deadlock_counts(self) -> None:
        source = (
            "import asyncio\n"
            "async def main():\n"
            "    try:\n"
            "        await asyncio.Event().wait()\n"
            "    finally:\n"
            "        print('finally would only run on Ctrl-C')\n"
            "try:\n"
            "    asyncio.run(main())\n"
            "finally:\n"
            "    print('never: the program hangs above')\n"
        )
        result = run(source)
        self.assertEqual(result["status"], "deadlock")
        self.assertEqual(result["stdout"], "")

    def test_busy_loop_is_interrupted(self) -> None:
        """The cpython engine sends SIGINT at its wall-clock limit; the harness reports it."""
        source = read(os.path.join(os.path.dirname(HANGS[0]), "busy-loop.py"))
        read_end, write_end = os.pipe()
        proc = subprocess.Popen([sys.executable, ENTRY_SCRIPT, "--result-fd", str(write_end)],
                                stdin=subprocess.PIPE, pass_fds=(write_end,))
        os.close(write_end)
        assert proc.stdin is not None  # stdin=PIPE
        proc.stdin.write(json.dumps({"files": {"main.py": source}}).encode())
        proc.stdin.close()
        time.sleep(0.8)
        proc.send_signal(signal.SIGINT)
        with os.fdopen(read_end, "rb") as handle:
            result = json.loads(handle.read())
        proc.wait(10)
        self.assertEqual(result["status"], "interrupted")
        self.assertEqual(result["exitCode"], 130)
        self.assertEqual(result["stdout"], "spinning\n")
        self.assertIn("KeyboardInterrupt", result["stderr"])
        self.assertIn('File "main.py", line 8, in main', result["stderr"])


if __name__ == "__main__":
    unittest.main()
