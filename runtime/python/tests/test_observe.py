"""Observe requests (PROTOCOL.md, "Observe and judge requests"): the program's run exactly as a run
request gives it, plus what the judge needs to know and cannot see in a RunResult."""
from __future__ import annotations

import json
import textwrap
import unittest

import _looplab

from .contract import assert_contract
from .grading_support import observed
from .support import run



class ObserveTest(unittest.TestCase):
    def test_the_run_is_what_a_run_request_gives(self) -> None:
        source = "import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n    print('hi')\n\nasyncio.run(main())\n"
        observation = observed(source)
        assert_contract(self, "observation", observation)
        plain = run(source)
        for key in ("status", "stdout", "events", "timeline", "diagnostics", "virtualSeconds"):
            self.assertEqual(observation["run"][key], json.loads(json.dumps(plain[key])), key)
        self.assertEqual((observation["probes"], observation["interrupted"], observation["uncaught"]), ([], False, None))

    def test_the_uncaught_exception_with_the_names_of_its_classes(self) -> None:
        source = "class Flaky(ConnectionError):\n    pass\n\nraise Flaky('no signal')\n"
        self.assertEqual(observed(source)["uncaught"], {
            "type": "Flaky", "message": "no signal",
            "names": ["Flaky", "ConnectionError", "OSError", "Exception", "BaseException", "object"]})

    def test_the_tasks_asyncio_run_had_to_cancel(self) -> None:
        source = textwrap.dedent("""\
            import asyncio

            async def main():
                asyncio.create_task(asyncio.sleep(5))
                asyncio.create_task(asyncio.sleep(5))

            asyncio.run(main())
        """)
        self.assertEqual(sorted(observed(source)["leftPending"]), [2, 3])

    def test_each_outcome_of_a_scenario(self) -> None:
        source = "import asyncio\n\nasync def double(n):\n    await asyncio.sleep(n)\n    return 2 * n\n"
        probes = """
            from looplab_probes import scenario
            @scenario("ran")
            async def ran(learner):
                return await learner.double(1.5)
            @scenario("raised")
            async def raised(learner):
                return await learner.double("x")
            @scenario("missing")
            async def missing(learner):
                return await learner.triple(1)
        """
        probes_by_name = {p["name"]: p for p in observed(source, probes)["probes"]}
        self.assertEqual(list(probes_by_name), ["ran", "raised", "missing"])
        assert_contract(self, "observation", observed(source, probes))
        self.assertEqual(probes_by_name["ran"]["value"], {"$float": "3.0"})
        self.assertAlmostEqual(probes_by_name["ran"]["elapsed"], 1.5, places=3)
        self.assertEqual(probes_by_name["raised"]["error"]["type"], "TypeError")
        self.assertIn("TypeError", probes_by_name["raised"]["run"]["stderr"])
        self.assertEqual((probes_by_name["missing"]["outcome"], probes_by_name["missing"]["missing"]),
                         ("missing-name", "triple"))
        stuck = observed("import asyncio\nasyncio.run(asyncio.Event().wait())\n" + source, probes)["probes"][0]
        self.assertEqual((stuck["outcome"], stuck["loadStatus"]), ("not-loaded", "deadlock"))

    def test_no_probe_runs_when_the_code_does_not_compile(self) -> None:
        probes = "from looplab_probes import scenario\n@scenario('x')\nasync def x(learner):\n    return 1\n"
        self.assertEqual(observed("def broken(:\n", probes)["probes"], [])

    def test_a_bad_observe_request_is_refused_in_words(self) -> None:
        answer = json.loads(_looplab.run_json(json.dumps({"observe": {"probes": 3}, "files": {"main.py": ""}})))
        assert_contract(self, "observation", answer)
        self.assertEqual(answer["run"]["exitCode"], 2)
        self.assertIn("`observe.probes` must be the source of probes.py or null", answer["run"]["stderr"])


if __name__ == "__main__":
    unittest.main()
