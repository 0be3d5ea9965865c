"""Grading: probes that call the learner's functions, and what a learner's program cannot do to
the grader (read the checks, import it, forge a pass)."""
from __future__ import annotations

import os
import signal
import textwrap
import threading
import unittest

from _looplab.grading import grade

from .support import run_engine
from .test_grading import first_failure, graded, result

RETRY = textwrap.dedent("""\
    import asyncio

    async def retry(operation, attempts=3, delay=1.0):
        for attempt in range(1, attempts + 1):
            try:
                return await operation()
            except ConnectionError as err:
                print(f"attempt {attempt} failed: {err}")
                if attempt == attempts:
                    raise
                await asyncio.sleep(delay)

    print("demo output")
""")

PROBE_CHECKS = """
    import asyncio
    from looplab_checks import CallWatch, check, fail

    def flaky(answers):
        async def operation():
            await asyncio.sleep(0.1)
            answer = answers.pop(0)
            if isinstance(answer, Exception):
                raise answer
            return answer
        return operation

    @check("probe")
    def probe(run):
        async def scenario(learner, delay):
            return await learner.retry(flaky([ConnectionError("x"), 42]), delay=delay)
        p = run.probe(scenario, 0.5)
        fail(repr((p.value, p.error, round(p.elapsed, 3), p.stdout, p.tasks()[0].coro.rsplit(".", 1)[-1])))
"""


class ProbeTest(unittest.TestCase):
    def test_a_probe_calls_the_function_on_a_fresh_clock_with_its_own_record(self) -> None:
        message = first_failure(RETRY, PROBE_CHECKS)
        self.assertEqual(message, repr((42, None, 0.7, "attempt 1 failed: x\n", "scenario")))

    def test_what_the_function_raises_is_the_probes_error(self) -> None:
        checks = PROBE_CHECKS.replace("[ConnectionError(\"x\"), 42]", "[ValueError(\"bug\")]")
        self.assertIn("ValueError('bug')", first_failure(RETRY, checks))

    def test_a_missing_function_fails_in_plain_words(self) -> None:
        got = first_failure("print('no retry here')\n", PROBE_CHECKS)
        self.assertEqual(got, "Your code has no `retry`: the checks call it with inputs of their own, so keep that name.")

    def test_a_program_that_never_finishes_loading_cannot_be_probed(self) -> None:
        stuck = "import asyncio\nasyncio.run(asyncio.Event().wait())\n" + RETRY
        self.assertIn("stopped before it finished loading (it waited for ever: a deadlock)",
                      first_failure(stuck, PROBE_CHECKS))

    def test_a_deadlocked_scenario_is_stopped_not_hung(self) -> None:
        checks = """
            import asyncio
            from looplab_checks import check, fail
            @check("stuck")
            def stuck(run):
                async def scenario(learner):
                    await learner.wait_for_ever()
                p = run.probe(scenario, limit=5)
                fail(p.stopped)
        """
        source = "import asyncio\n\nasync def wait_for_ever():\n    await asyncio.Event().wait()\n"
        self.assertEqual(first_failure(source, checks), "deadlock")

    def test_call_watch_counts_concurrent_calls(self) -> None:
        source = textwrap.dedent("""\
            import asyncio

            async def fetch(name):
                await asyncio.sleep(1)
                return name

            async def download_all(names):
                return await asyncio.gather(*(fetch(n) for n in names))
        """)
        checks = """
            from looplab_checks import CallWatch, check, fail
            @check("watch")
            def watch(run):
                async def scenario(learner):
                    watch = CallWatch(learner, "fetch")
                    files = await learner.download_all(["a", "b", "c"])
                    return files, watch.peak, len(watch.calls)
                fail(repr(run.probe(scenario).value))
        """
        self.assertEqual(first_failure(source, checks), repr((["a", "b", "c"], 3, 3)))


class IsolationTest(unittest.TestCase):
    SECRET = "sentinel-7f3a9c"
    CHECKS = f"""
        from looplab_checks import expect
        # {SECRET}
        expect.output("the real answer\\n")
    """

    def test_the_program_cannot_import_the_grader(self) -> None:
        source = textwrap.dedent("""\
            for name in ("_looplab.grading", "looplab_checks", "_looplab"):
                try:
                    __import__(name)
                    print("imported", name)
                except ImportError as error:
                    print("refused", name, type(error).__name__)
        """)
        stdout = graded(source, self.CHECKS)["run"]["stdout"]
        self.assertEqual(stdout, "refused _looplab.grading ModuleNotFoundError\n"
                                 "refused looplab_checks ModuleNotFoundError\n"
                                 "refused _looplab ModuleNotFoundError\n")

    def test_the_checks_are_not_where_a_program_can_look(self) -> None:
        source = textwrap.dedent(f"""\
            import gc, os, sys
            secret = "{self.SECRET[:8]}" + "{self.SECRET[8:]}"
            places = [" ".join(sys.argv), " ".join(os.environ.values()), repr(sys.modules.keys())]
            for root, _dirs, files in os.walk(os.getcwd()):
                for name in files:
                    places.append(open(os.path.join(root, name)).read())
            for module in list(sys.modules.values()):
                places.append(repr(getattr(module, "__dict__", {{}}).keys()))
            for obj in gc.get_objects():
                if obj is places or obj is globals():  # where the program keeps its own copy
                    continue
                if isinstance(obj, dict):
                    places.extend(v for v in obj.values() if isinstance(v, str))
                elif isinstance(obj, (list, tuple)):
                    places.extend(v for v in obj if isinstance(v, str))
            print("found" if any(secret in place for place in places) else "not found")
        """)
        # As the cpython engine runs it: a fresh python3 that received the request on stdin (in
        # this test process the checks' text also sits in the test's own objects).
        request = {"files": {"main.py": source}, "grade": {"checks": textwrap.dedent(self.CHECKS)}}
        answer = run_engine(request)["result"]
        self.assertEqual(answer["run"]["stdout"], "not found\n")
        self.assertEqual(answer["grade"]["status"], "fail")
        # the search does find the text where a program can reach it
        control = run_engine({**request, "argv": [self.SECRET]})["result"]
        self.assertEqual(control["run"]["stdout"], "found\n")

    def test_printing_a_verdict_or_patching_builtins_forges_nothing(self) -> None:
        source = textwrap.dedent("""\
            import builtins, json
            print(json.dumps({"version": 3, "status": "pass", "message": None, "tests": []}))
            builtins.len = lambda _: 0
            builtins.isinstance = lambda *_: True
        """)
        got = result(source, self.CHECKS)
        self.assertEqual(got["status"], "fail")
        self.assertTrue(got["tests"][0]["message"].startswith("Line 1 of the output should be `the real answer`"))

    def test_the_engines_interrupt_during_a_probe_stops_grading_with_an_error(self) -> None:
        source = "def spin():\n    while True:\n        pass\n"
        checks = """
            from looplab_checks import check
            @check("spins")
            def spins(run):
                async def scenario(learner):
                    learner.spin()
                run.probe(scenario)
        """
        timer = threading.Timer(0.5, lambda: os.kill(os.getpid(), signal.SIGINT))
        timer.start()
        try:
            answer = grade({"files": {"main.py": source}, "grade": {"checks": textwrap.dedent(checks)}})
        finally:
            timer.cancel()
        self.assertTrue(answer["interrupted"])
        self.assertEqual(answer["run"]["status"], "ok")
        self.assertEqual(answer["grade"]["status"], "error")
        self.assertIn("a function the checks called did not finish", answer["grade"]["message"])


if __name__ == "__main__":
    unittest.main()
