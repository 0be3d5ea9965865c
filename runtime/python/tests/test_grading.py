"""Grading: the GradeResult's shape and the ready-made checks (expect.*) on small programs, observed and
judged as the engines do it."""
from __future__ import annotations

import textwrap
import unittest

from _looplab.judging import judge

from .grading_support import failure_message, first_failure, graded, observed, result, statuses

GATHERED = textwrap.dedent("""\
    import asyncio

    async def job(n):
        await asyncio.sleep(n)
        print("done", n)

    async def main():
        await asyncio.gather(job(1), job(2), job(3))

    asyncio.run(main())
""")
SEQUENTIAL = GATHERED.replace("await asyncio.gather(job(1), job(2), job(3))",
                              "for n in (1, 2, 3):\n        await job(n)")


class GradeResultShapeTest(unittest.TestCase):
    def test_pass_has_every_test_in_check_order_and_no_message(self) -> None:
        got = result(GATHERED, """
            from looplab_checks import expect
            expect.runs_ok(name="runs")
            expect.elapsed(3.0, name="three seconds")
            expect.output("done 1\\ndone 2\\ndone 3\\n", name="prints")
        """)
        self.assertEqual(got, {"version": 3, "status": "pass", "message": None, "tests": [
            {"name": "runs", "status": "pass"},
            {"name": "three seconds", "status": "pass"},
            {"name": "prints", "status": "pass"},
        ]})

    def test_only_the_first_failure_keeps_its_whole_message_and_output(self) -> None:
        got = result(SEQUENTIAL, """
            from looplab_checks import expect
            expect.runs_ok()
            expect.elapsed(3.0, message="Took {elapsed:.1f} s. Run the jobs at once.")
            expect.max_concurrent_tasks(at_least=3, message="One at a time. Use gather.")
        """)
        self.assertEqual(got["status"], "fail")
        self.assertIsNone(got["message"])
        first, second = got["tests"][1], got["tests"][2]
        self.assertEqual(first["message"], "Took 6.0 s. Run the jobs at once.")
        self.assertEqual(first["output"], "done 1\ndone 2\ndone 3\n")
        self.assertEqual(second, {"name": second["name"], "status": "fail", "message": "One at a time."})

    def test_output_is_trimmed_to_500_characters(self) -> None:
        got = result("print('x' * 2000)\n", """
            from looplab_checks import expect
            expect.output("y\\n")
        """)
        output = got["tests"][0]["output"]
        self.assertLessEqual(len(output), 500)
        self.assertTrue(output.endswith("(trimmed to 500 characters)"))

    def test_a_syntax_error_is_an_error_with_the_traceback_and_no_tests(self) -> None:
        got = result("def broken(:\n    pass\n", """
            from looplab_checks import expect
            expect.runs_ok()
        """)
        self.assertEqual(got["status"], "error")
        self.assertEqual(got["tests"], [])
        self.assertTrue(got["message"].startswith("Your code has a syntax error, so it could not be checked:"))
        self.assertIn('File "main.py", line 1', got["message"])
        self.assertIn("SyntaxError", got["message"])

    def test_a_crash_is_a_failure_the_checks_explain_not_an_error(self) -> None:
        got = result("raise KeyError('boom')\n", """
            from looplab_checks import expect
            expect.runs_ok()
        """)
        self.assertEqual(got["status"], "fail")
        self.assertEqual(got["tests"][0]["message"], "Your program stopped with KeyError: 'boom' (see the error output).")

    def test_checks_that_do_not_load_are_an_error_naming_the_exercise(self) -> None:
        got = result("print(1)\n", "from looplab_checks import expect\nexpect.nonsense()\n")
        self.assertEqual(got["status"], "error")
        self.assertIn("could not be loaded (a bug in the exercise, not in your code)", got["message"])
        self.assertIn("AttributeError", got["message"])
        self.assertNotIn('File "/', got["message"])  # the exercise's frames only, not the harness's

    def test_a_check_that_breaks_is_an_error_test_and_an_error_grade(self) -> None:
        got = result("print(1)\n", """
            from looplab_checks import check, expect
            @check("broken")
            def broken(run):
                return 1 / 0
            expect.runs_ok()
        """)
        self.assertEqual(got["status"], "error")
        self.assertEqual(got["tests"][0]["status"], "error")
        self.assertIn("ZeroDivisionError", got["tests"][0]["message"])
        self.assertEqual(got["tests"][1]["status"], "pass")

    def test_no_checks_is_an_error_and_duplicate_names_do_not_load(self) -> None:
        self.assertEqual(result("print(1)\n", "x = 1\n")["message"], "This exercise has no checks.")
        twice = result("print(1)\n", "from looplab_checks import expect\nexpect.runs_ok()\nexpect.runs_ok()\n")
        self.assertIn("two checks are named", twice["message"])

    def test_a_bad_judge_request_is_refused_in_words(self) -> None:
        observation = observed("print(1)\n")
        answer = judge({"judge": {"checks": 3, "observation": observation, "files": {"main.py": "print(1)\n"},
                                  "entry": "main.py"}})
        self.assertEqual(answer["grade"]["status"], "error")
        self.assertIn("`judge.checks` must be a string", answer["grade"]["message"])
        answer = judge({"judge": {"checks": "", "observation": observation, "files": {}, "entry": "main.py"}})
        self.assertIn("`judge.files` must map file names", answer["grade"]["message"])

    def test_the_run_is_the_programs_own(self) -> None:
        answer = graded(GATHERED, "from looplab_checks import expect\nexpect.runs_ok()\n")
        self.assertEqual(answer["observation"]["run"]["stdout"], "done 1\ndone 2\ndone 3\n")
        self.assertEqual(answer["observation"]["run"]["status"], "ok")
        self.assertFalse(answer["observation"]["interrupted"])


class ExpectTest(unittest.TestCase):
    def test_output_names_the_first_different_line(self) -> None:
        checks = "from looplab_checks import expect\nexpect.output('a\\nb\\nc\\n')\n"
        self.assertEqual(first_failure("print('a'); print('x'); print('c')\n", checks),
                         "Line 2 of the output should be `b`, but your program printed `x`.")
        self.assertEqual(first_failure("print('a')\n", checks),
                         "The output stops too early: line 2 should be `b`, but nothing more was printed.")
        self.assertEqual(first_failure("print('a\\nb\\nc\\nd')\n", checks),
                         "The output goes on too long: line 4, `d`, should not be there.")
        self.assertIsNone(first_failure("print('a  \\nb\\nc\\n\\n')\n", checks))

    def test_output_accepts_alternatives_and_normalized_lines(self) -> None:
        checks = """
            import re
            from looplab_checks import expect
            expect.output(["a\\nb\\n", "b\\na\\n"], name="either")
            expect.output("[1] w-7 ok\\n", normalize=lambda line: re.sub(r"w-\\d", "w", line), name="norm")
        """
        self.assertEqual(statuses("print('b'); print('a')\n", checks)[0], "pass")
        self.assertEqual(statuses("print('[1] w-2 ok')\n", checks)[1], "pass")

    def test_elapsed_proves_concurrency(self) -> None:
        checks = "from looplab_checks import expect\nexpect.elapsed(3.0)\n"
        self.assertEqual(statuses(GATHERED, checks), ["pass"])
        self.assertEqual(first_failure(SEQUENTIAL, checks),
                         "Your program took 6.0 s of event-loop time, but it should take 3.0 s.")

    def test_timeline_concurrency_count_and_pending(self) -> None:
        checks = """
            from looplab_checks import expect
            expect.max_concurrent_tasks(coro="job", at_least=3)
            expect.task_count(3, coro="job")
            expect.no_task_left_pending()
        """
        self.assertEqual(statuses(GATHERED, checks), ["pass", "pass", "pass"])
        self.assertEqual(statuses(SEQUENTIAL, checks), ["fail", "fail", "pass"])
        forgotten = GATHERED.replace("await asyncio.gather(job(1), job(2), job(3))",
                                     "for n in (1, 2, 3):\n        asyncio.create_task(job(n))")
        got = result(forgotten, checks)["tests"][2]
        self.assertEqual(got["status"], "fail")
        self.assertIn("3 tasks were still unfinished when main() returned", got["message"])
        cancelled = forgotten.replace("asyncio.create_task(job(n))", "asyncio.create_task(job(n)).cancel()")
        self.assertEqual(statuses(cancelled, checks)[2], "pass")

    def test_code_shape_through_imports(self) -> None:
        checks = """
            from looplab_checks import expect
            expect.no_call("time.sleep", message="{function}() sleeps at line {line}")
            expect.calls("asyncio.gather", "asyncio.TaskGroup")
            expect.no_bare_except()
            expect.no_import("requests")
            expect.awaits("asyncio.gather")
            expect.defines("job", is_async=True)
        """
        self.assertEqual(statuses(GATHERED, checks), ["pass"] * 6)
        aliased = "from time import sleep as nap\nimport asyncio as aio\n\nasync def job():\n    nap(1)\n"
        self.assertEqual(first_failure(aliased, checks), "job() sleeps at line 5")
        shapes = statuses("import requests\ntry:\n    pass\nexcept:\n    pass\ndef job(): pass\n", checks)
        self.assertEqual(shapes, ["pass", "fail", "fail", "fail", "fail", "fail"])
        unawaited = GATHERED.replace("await asyncio.gather", "asyncio.gather")
        self.assertIn("without `await`", result(unawaited, checks)["tests"][4]["message"])

    def test_diagnostics_speak_in_their_own_words(self) -> None:
        source = "import asyncio\n\nasync def main():\n    asyncio.sleep(1)\n\nasyncio.run(main())\n"
        message = failure_message(source, "from looplab_checks import expect\nexpect.no_diagnostic('coroutine-never-awaited')\n")
        self.assertTrue(message.startswith("Line 4: The coroutine sleep() was created but never awaited"), message)

    def test_runs_ok_explains_a_deadlock_and_a_time_limit(self) -> None:
        checks = "from looplab_checks import expect\nexpect.runs_ok()\n"
        deadlock = "import asyncio\n\nasync def main():\n    await asyncio.Event().wait()\n\nasyncio.run(main())\n"
        self.assertIn("(a deadlock)", failure_message(deadlock, checks))
        forever = "import asyncio\n\nasync def main():\n    while True:\n        await asyncio.sleep(60)\n\nasyncio.run(main())\n"
        self.assertIn("was still running after", failure_message(forever, checks))

    def test_no_exception_follows_subclasses_and_fills_facts(self) -> None:
        checks = """
            from looplab_checks import expect
            expect.no_exception("LookupError", message="ended with {type}: {exception}")
        """
        self.assertEqual(first_failure("{}['k']\n", checks), "ended with KeyError: KeyError: 'k'")
        self.assertIsNone(first_failure("print(1)\n", checks))


if __name__ == "__main__":
    unittest.main()
