"""Limits end the run with their own status and keep the output up to that point."""
from __future__ import annotations

import unittest

from .support import run


class LimitsTest(unittest.TestCase):
    def test_virtual_time_limit_from_the_request(self) -> None:
        source = "import asyncio\nasync def main():\n    for i in range(10):\n        print(i)\n" \
                 "        await asyncio.sleep(1)\nasyncio.run(main())\n"
        result = run(source, limits={"virtualSeconds": 3.5})
        self.assertEqual(result["status"], "time-limit")
        self.assertEqual(result["stdout"], "0\n1\n2\n3\n")
        self.assertEqual(result["virtualSeconds"], 3.5)
        self.assertIn("3.5 s", result["stderr"])
        self.assertEqual(run(source, limits={"virtualSeconds": 10.5})["status"], "ok")

    def test_blocking_sleep_past_the_limit(self) -> None:
        result = run("import time\nprint('a')\ntime.sleep(5)\nprint('b')\n", limits={"virtualSeconds": 2})
        self.assertEqual((result["status"], result["stdout"], result["exitCode"]), ("time-limit", "a\n", 1))

    def test_output_limit_truncates_at_the_limit(self) -> None:
        result = run("while True:\n    print('0123456789')\n", limits={"outputBytes": 1000})
        self.assertEqual(result["status"], "output-limit")
        self.assertEqual(len(result["stdout"].encode()), 1000)
        self.assertTrue(result["stderr"].startswith("LoopLab: output limit"))

    def test_output_limit_counts_stderr_and_utf8_bytes(self) -> None:
        result = run("import sys\nfor _ in range(100):\n    print('é' * 10, file=sys.stderr)\n",
                     limits={"outputBytes": 101})
        self.assertEqual(result["status"], "output-limit")
        self.assertTrue(result["stderr"].startswith("é" * 10 + "\n" + "é" * 10 + "\n" + "é" * 10 + "\n" + "é" * 10))

    def test_limit_cannot_be_swallowed(self) -> None:
        source = (
            "import asyncio\n"
            "try:\n    asyncio.run(asyncio.sleep(100))\nexcept BaseException:\n    pass\n"
            "print('after')\n"
        )
        result = run(source, limits={"virtualSeconds": 10})
        self.assertEqual(result["status"], "time-limit")
        self.assertEqual(result["stdout"], "")

    def test_ten_seconds_of_sleep_takes_no_real_time(self) -> None:
        result = run("import asyncio\nasync def main():\n    for _ in range(10):\n"
                     "        await asyncio.sleep(1)\nasyncio.run(main())\n")
        self.assertEqual(result["status"], "ok")
        self.assertAlmostEqual(result["virtualSeconds"], 10.0, places=2)

    def test_exit_codes(self) -> None:
        cases = {"import sys\nsys.exit()\n": 0, "import sys\nsys.exit(256 + 7)\n": 7,
                 "import sys\nsys.exit(-1)\n": 255, "raise SystemExit(True)\n": 1,
                 "raise KeyboardInterrupt\n": 130, "exit(5)\n": 5}
        for source, code in cases.items():
            with self.subTest(source=source):
                result = run(source)
                self.assertEqual(result["exitCode"], code)
                self.assertEqual(result["status"], "ok" if code == 0 else "error")


if __name__ == "__main__":
    unittest.main()


class OutputEventCapTest(unittest.TestCase):
    def test_past_the_cap_writes_join_the_last_event_of_their_stream(self) -> None:
        from _looplab.capture import EVENT_CAP

        source = ("import asyncio, sys\nasync def main():\n    for i in range(30_000):\n"
                  "        print(i)\n        print('e', i, file=sys.stderr)\n        await asyncio.sleep(0.001)\n"
                  "asyncio.run(main())\n")
        result = run(source)
        self.assertEqual(result["status"], "ok")
        self.assertLessEqual(len(result["events"]), EVENT_CAP)
        for stream in ("stdout", "stderr"):
            self.assertEqual("".join(e["text"] for e in result["events"] if e["stream"] == stream),
                             result[stream])
        self.assertEqual(result["stdout"], "".join(f"{i}\n" for i in range(30_000)))
