"""Grading: probes (probes.py's scenarios call the learner's functions; checks.py reads what they did),
and what a learner's program cannot do to the grader (read the checks, import the harness, forge a
pass)."""
from __future__ import annotations

import os
import signal
import textwrap
import threading
import unittest

from _looplab.observing import observe

from .grading_support import failure_message, first_failure, graded, judged, result, through_javascript
from .support import run_engine

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

PROBES = """
    import asyncio
    from looplab_probes import scenario

    def flaky(answers):
        async def operation():
            await asyncio.sleep(0.1)
            answer = answers.pop(0)
            if isinstance(answer, Exception):
                raise answer
            return answer
        return operation

    @scenario("flaky")
    async def flaky_once(learner):
        return await learner.retry(flaky([ConnectionError("x"), 42]), delay=0.5)
"""
CHECKS = """
    from looplab_checks import check, fail

    @check("probe")
    def probe(run):
        p = run.probe("flaky")
        fail(repr((p.value, p.error, round(p.elapsed, 3), p.stdout, p.tasks()[0].coro.rsplit(".", 1)[-1])))
"""


class ProbeTest(unittest.TestCase):
    def test_a_probe_calls_the_function_on_a_fresh_clock_with_its_own_record(self) -> None:
        message = first_failure(RETRY, CHECKS, PROBES)
        self.assertEqual(message, repr((42, None, 0.7, "attempt 1 failed: x\n", "flaky_once")))

    def test_what_the_function_raises_is_the_probes_error_rebuilt(self) -> None:
        probes = PROBES.replace("[ConnectionError(\"x\"), 42]", "[ValueError(\"bug\")]")
        self.assertIn("ValueError('bug')", failure_message(RETRY, CHECKS, probes))
        checks = """
            from looplab_checks import check, fail
            @check("kind")
            def kind(run):
                error = run.probe("flaky").error
                fail(f"{type(error).__name__}|{error}|{isinstance(error, ValueError)}|{isinstance(error, OSError)}")
        """
        self.assertEqual(first_failure(RETRY, checks, probes), "ValueError|bug|True|False")

    def test_a_missing_function_fails_in_plain_words(self) -> None:
        got = first_failure("print('no retry here')\n", CHECKS, PROBES)
        self.assertEqual(got, "Your code has no `retry`: the checks call it with inputs of their own, so keep that name.")

    def test_a_program_that_never_finishes_loading_cannot_be_probed(self) -> None:
        stuck = "import asyncio\nasyncio.run(asyncio.Event().wait())\n" + RETRY
        self.assertIn("stopped before it finished loading (it waited for ever: a deadlock)",
                      failure_message(stuck, CHECKS, PROBES))

    def test_a_deadlocked_scenario_is_stopped_not_hung(self) -> None:
        probes = """
            from looplab_probes import scenario
            @scenario("stuck", limit=5)
            async def stuck(learner):
                await learner.wait_for_ever()
        """
        checks = """
            from looplab_checks import check, fail
            @check("stuck")
            def stuck(run):
                fail(run.probe("stuck").stopped)
        """
        source = "import asyncio\n\nasync def wait_for_ever():\n    await asyncio.Event().wait()\n"
        self.assertEqual(first_failure(source, checks, probes), "deadlock")

    def test_call_watch_counts_concurrent_calls(self) -> None:
        source = textwrap.dedent("""\
            import asyncio

            async def fetch(name):
                await asyncio.sleep(1)
                return name

            async def download_all(names):
                return await asyncio.gather(*(fetch(n) for n in names))
        """)
        probes = """
            from looplab_probes import CallWatch, scenario
            @scenario("watch")
            async def watch(learner):
                watch = CallWatch(learner, "fetch")
                files = await learner.download_all(["a", "b", "c"])
                return files, watch.peak, watch.calls
        """
        checks = """
            from looplab_checks import check, fail
            @check("watch")
            def watch(run):
                fail(repr(run.probe("watch").value))
        """
        self.assertEqual(first_failure(source, checks, probes), repr((["a", "b", "c"], 3, [("a",), ("b",), ("c",)])))

    def test_scenarios_run_in_order_each_in_a_fresh_run(self) -> None:
        source = "count = 0\n\nasync def bump():\n    global count\n    count += 1\n    return count\n"
        probes = """
            from looplab_probes import scenario
            @scenario("first")
            async def first(learner):
                return await learner.bump()
            @scenario("second")
            async def second(learner):
                return await learner.bump()
        """
        answer = graded(source, "from looplab_checks import expect\nexpect.runs_ok()\n", probes)
        self.assertEqual([(p["name"], p["value"]) for p in answer["observation"]["probes"]], [("first", 1), ("second", 1)])

    def test_a_scenario_probes_py_does_not_define_is_an_exercise_bug(self) -> None:
        checks = """
            from looplab_checks import check
            @check("nothing")
            def nothing(run):
                run.probe("no-such-scenario")
        """
        got = result(RETRY, checks, PROBES)
        self.assertEqual(got["status"], "error")
        self.assertEqual(got["tests"][0]["status"], "error")
        self.assertIn("probes.py has no scenario named 'no-such-scenario'", got["tests"][0]["message"])

    def test_probes_that_do_not_load_are_an_exercise_bug(self) -> None:
        for probes in ("from looplab_probes import scenario\nscenario('x')(1)\n", "this is not python\n",
                       "from looplab_probes import scenario\n@scenario('a')\nasync def a(l): pass\n"
                       "@scenario('a')\nasync def b(l): pass\n"):
            with self.subTest(probes=probes):
                got = result(RETRY, CHECKS, probes)
                self.assertEqual(got["status"], "error")
                self.assertTrue(got["message"].startswith("The checks of this exercise could not be loaded"))


class IsolationTest(unittest.TestCase):
    SECRET = "sentinel-7f3a9c"
    CHECKS = f"""
        from looplab_checks import expect
        # {SECRET}
        expect.output("the real answer\\n")
    """

    def test_the_program_cannot_import_the_grader(self) -> None:
        source = textwrap.dedent("""\
            for name in ("_looplab.grading", "looplab_checks", "looplab_probes", "_looplab"):
                try:
                    __import__(name)
                    print("imported", name)
                except ImportError as error:
                    print("refused", name, type(error).__name__)
        """)
        stdout = graded(source, self.CHECKS)["observation"]["run"]["stdout"]
        self.assertEqual(stdout, "refused _looplab.grading ModuleNotFoundError\n"
                                 "refused looplab_checks ModuleNotFoundError\n"
                                 "refused looplab_probes ModuleNotFoundError\n"
                                 "refused _looplab ModuleNotFoundError\n")

    def test_the_checks_never_reach_the_interpreter_that_runs_the_program(self) -> None:
        source = textwrap.dedent(f"""\
            import gc, os, sys
            secret = "{self.SECRET[:8]}" + "{self.SECRET[8:]}"
            places = [" ".join(sys.argv), " ".join(os.environ.values()), repr(sys.modules.keys())]
            for root, _dirs, files in os.walk(os.getcwd()):
                for name in files:
                    places.append(open(os.path.join(root, name)).read())
            for module in list(sys.modules.values()):
                places.append(repr(getattr(module, "__dict__", {{}}).keys()))
            frame = sys._getframe()
            while frame is not None:  # the harness's frames below the program's own
                if frame.f_globals is not globals():
                    places.extend(repr(v) for v in [*frame.f_locals.values(), *frame.f_globals.values()])
                frame = frame.f_back
            try:
                objects = gc.get_objects()
            except PermissionError:  # the engine's audit hook refuses it (lockdown.py)
                objects = []
            for obj in objects:
                if obj is places or obj is globals():  # where the program keeps its own copy
                    continue
                if isinstance(obj, dict):
                    places.extend(v for v in obj.values() if isinstance(v, str))
                elif isinstance(obj, (list, tuple)):
                    places.extend(v for v in obj if isinstance(v, str))
            print("found" if any(secret in place for place in places) else "not found")
        """)
        # As the cpython engine runs it: a fresh python3 that received the observe request on stdin.
        # An observe request has no place for the checks: they go to the judge only.
        request = {"observe": {"probes": None}, "files": {"main.py": source}}
        observation = through_javascript(run_engine(request)["result"])
        self.assertEqual(observation["run"]["stdout"], "not found\n")
        self.assertEqual(judged(source, self.CHECKS, observation)["status"], "fail")
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
        probes = textwrap.dedent("""
            from looplab_probes import scenario
            @scenario("spins")
            async def spins(learner):
                learner.spin()
            @scenario("never-reached")
            async def never_reached(learner):
                return 1
        """)
        checks = """
            from looplab_checks import check
            @check("spins")
            def spins(run):
                run.probe("spins")
        """
        timer = threading.Timer(0.5, lambda: os.kill(os.getpid(), signal.SIGINT))
        timer.start()
        try:
            observation = observe({"files": {"main.py": source}, "observe": {"probes": probes}})
        finally:
            timer.cancel()
        self.assertTrue(observation["interrupted"])
        self.assertEqual(observation["run"]["status"], "ok")
        self.assertEqual(observation["probes"], [])
        got = judged(source, checks, through_javascript(observation))
        self.assertEqual(got["status"], "error")
        self.assertIn("a function the checks called did not finish", got["message"])


if __name__ == "__main__":
    unittest.main()
