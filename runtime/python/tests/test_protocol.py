"""The request/result contract (PROTOCOL.md) and the cpython engine's entry point."""
from __future__ import annotations

import json
import unittest
from typing import Any
from unittest import mock

import _looplab

from .contract import assert_contract
from .support import run, run_engine



def assert_result_shape(test: unittest.TestCase, result: dict[str, Any]) -> None:
    assert_contract(test, "run-result", result)
    test.assertRegex(result["python"], r"^3\.\d+\.\d+ \((cpython|pyodide)\)$")
    test.assertEqual(result["stdout"], "".join(e["text"] for e in result["events"] if e["stream"] == "stdout"))


class ProtocolTest(unittest.TestCase):

    def test_engine_entry_point_writes_the_result_to_its_fd(self) -> None:
        request = {"files": {"main.py": "import asyncio\nasync def main():\n    await asyncio.sleep(2)\n"
                                        "    print('hi')\n    print('err', file=__import__('sys').stderr)\n"
                                        "asyncio.run(main())\n"}}
        done = run_engine(request)
        self.assertEqual(done["stdout"], b"")  # the program's output never reaches the real fds
        self.assertEqual(done["stderr"], b"")
        self.assertEqual(done["returncode"], 0)
        result = done["result"]
        assert_result_shape(self, result)
        self.assertEqual((result["status"], result["stdout"], result["stderr"]), ("ok", "hi\n", "err\n"))
        self.assertGreaterEqual(result["virtualSeconds"], 2)

    def test_engine_entry_point_with_a_big_result(self) -> None:
        done = run_engine({"files": {"main.py": "while True:\n    print('x' * 99)\n"}})
        self.assertEqual(done["result"]["status"], "output-limit")
        self.assertEqual(len(done["result"]["stdout"]), 1024 * 1024)

    def test_every_status_has_the_shape(self) -> None:
        for source in ("print(1)\n", "1/0\n", "import asyncio\nasyncio.run(asyncio.Event().wait())\n",
                       "import time\ntime.sleep(1e6)\n", "while True: print(1)\n"):
            with self.subTest(source=source):
                assert_result_shape(self, run(source))

    def test_bad_requests_are_named_precisely(self) -> None:
        cases = [
            ("not json", "not valid JSON"),
            (json.dumps([]), "must be a JSON object"),
            (json.dumps({"files": {}}), "`files`"),
            (json.dumps({"files": {"../x.py": ""}}), "relative path"),
            (json.dumps({"files": {"main.py": 5}}), "must be a string"),
            (json.dumps({"files": {"main.py": ""}, "limits": {"virtualSeconds": -1}}), "virtualSeconds"),
            (json.dumps({"files": {"main.py": ""}, "argv": "x"}), "`argv`"),
        ]
        for raw, phrase in cases:
            with self.subTest(raw=raw):
                result = json.loads(_looplab.run_json(raw))
                assert_result_shape(self, result)
                self.assertEqual((result["status"], result["exitCode"]), ("error", 2))
                self.assertIn(phrase, result["stderr"])

    def test_missing_entry_is_like_python(self) -> None:
        result = _looplab.run({"files": {"other.py": ""}, "entry": "main.py"})
        self.assertEqual(result["exitCode"], 2)
        self.assertIn("can't open file 'main.py'", result["stderr"])

    def test_entry_in_a_subfolder(self) -> None:
        result = _looplab.run({"files": {"app/run.py": "import util\nprint(util.X, __file__.endswith('run.py'))\n",
                                         "app/util.py": "X = 1\n"}, "entry": "app/run.py"})
        self.assertEqual(result["stdout"], "1 True\n")



class EarlyStopTest(unittest.TestCase):
    """Stop (SIGINT) can land before the program starts or after it ends, while the harness
    itself runs: the answer is still a result, `interrupted`, never an exception to the engine."""

    def setUp(self) -> None:
        self.parse = _looplab.parse_request

        def interrupted(*_args: object) -> None:
            raise KeyboardInterrupt

        _looplab.parse_request = interrupted  # the first harness step a run takes

    def tearDown(self) -> None:
        _looplab.parse_request = self.parse

    def test_a_run_stopped_before_it_starts_is_interrupted(self) -> None:
        answer = json.loads(_looplab.run_json(json.dumps({"files": {"main.py": "print(1)\n"}})))
        assert_result_shape(self, answer)
        self.assertEqual((answer["status"], answer["exitCode"]), ("interrupted", 130))
        self.assertEqual(answer["stderr"], "KeyboardInterrupt\n")

    def test_an_observation_stopped_before_it_starts_is_interrupted(self) -> None:
        import importlib

        observe_module = importlib.import_module("_looplab.observing.observe")
        with mock.patch.object(observe_module, "parse_request", _looplab.parse_request):
            request = {"observe": {"probes": None}, "files": {"main.py": "print(1)\n"}}
            answer = json.loads(_looplab.run_json(json.dumps(request)))
        assert_contract(self, "observation", answer)
        self.assertTrue(answer["interrupted"])
        self.assertEqual(answer["run"]["status"], "interrupted")
        self.assertEqual(answer["probes"], [])

    def test_a_judgement_stopped_before_it_ends_says_so(self) -> None:
        import importlib

        judge_module = importlib.import_module("_looplab.judging.judge")
        with mock.patch.object(judge_module, "validate", _looplab.parse_request):
            request = {"judge": {"checks": "", "observation": {}, "files": {"main.py": ""}, "entry": "main.py"}}
            answer = json.loads(_looplab.run_json(json.dumps(request)))
        self.assertEqual(answer["grade"]["status"], "error")
        self.assertEqual(answer["grade"]["message"], "Grading was interrupted before it finished.")


if __name__ == "__main__":
    unittest.main()
