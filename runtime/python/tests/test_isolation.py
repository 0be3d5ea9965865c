"""Runs in one interpreter never affect each other, and a program sees plain CPython."""
from __future__ import annotations

import asyncio
import os
import sys
import time
import types
import unittest

from .support import run

NORMAL = """\
import asyncio, os, sys, time

async def child():
    await asyncio.sleep(1)
    return asyncio.current_task().get_name()

async def main():
    start = time.monotonic()
    name = await asyncio.create_task(child())
    print(asyncio.current_task().get_name(), name, round(time.monotonic() - start, 3))

asyncio.run(main())
print(type(asyncio.get_event_loop_policy()).__name__ != 'Breaker', sorted(os.listdir('.')))
print('helper' in sys.modules, os.environ.get('SECRET'))
"""

HOSTILE = [
    # monkeypatching asyncio and time, globally
    "import asyncio, time\nasyncio.sleep = None\ntime.monotonic = lambda: 0\nasyncio.Queue.get = None\n",
    # a policy of its own, and a loop left set
    "import asyncio\nclass Breaker(asyncio.DefaultEventLoopPolicy): pass\n"
    "asyncio.set_event_loop_policy(Breaker())\nasyncio.set_event_loop(asyncio.new_event_loop())\n",
    # tasks left pending forever on a loop that is never closed
    "import asyncio\nloop = asyncio.new_event_loop()\n"
    "t = [loop.create_task(asyncio.sleep(100)) for _ in range(5)]\nloop.run_until_complete(asyncio.sleep(0))\n",
    # changing directory, environment, sys state and builtins
    "import os, sys, builtins\nos.makedirs('sub', exist_ok=True)\nos.chdir('sub')\nos.environ['SECRET'] = 'x'\n"
    "sys.path.insert(0, '/'); sys.setrecursionlimit(50); builtins.print = None\n",
    # its own module, which must not leak into the next run
    "import helper\nprint(helper.VALUE)\n",
    "import sys\nsys.exit(4)\n",
    "raise KeyboardInterrupt\n",
    "import logging\nlogging.basicConfig(level=logging.DEBUG)\nlogging.getLogger('asyncio').setLevel(0)\n",
    "import warnings\nwarnings.simplefilter('error')\n",
]


class IsolationTest(unittest.TestCase):
    def test_a_normal_run_after_hostile_ones_is_unaffected(self) -> None:
        baseline = run(NORMAL)
        self.assertEqual(baseline["status"], "ok", baseline["stderr"])
        for hostile in HOSTILE:
            with self.subTest(hostile=hostile.splitlines()[-1]):
                files = {"main.py": hostile, "helper.py": "VALUE = 'helper!'\n"}
                from _looplab import run as run_files
                run_files({"files": files})
                again = run(NORMAL)
                self.assertEqual(again["stdout"], baseline["stdout"])
                self.assertEqual(again["stderr"], "")
                self.assertEqual(again["status"], "ok")

    def test_first_run_output(self) -> None:
        result = run(NORMAL)
        self.assertEqual(result["stdout"], "Task-1 Task-2 1.0\nTrue ['main.py']\nFalse None\n")

    def test_the_host_process_is_restored(self) -> None:
        before = (os.getcwd(), dict(os.environ), list(sys.path), sys.stdout, sys.stderr,
                  asyncio.sleep, time.sleep, time.monotonic, asyncio.Task, asyncio.run,
                  sys.getrecursionlimit(), sorted(sys.modules))
        for hostile in HOSTILE:
            run(hostile)
        after = (os.getcwd(), dict(os.environ), list(sys.path), sys.stdout, sys.stderr,
                 asyncio.sleep, time.sleep, time.monotonic, asyncio.Task, asyncio.run,
                 sys.getrecursionlimit(), sorted(m for m in sys.modules if m in before[-1]))
        self.assertEqual(before, after)

    def test_pyodide_ffi_and_harness_cannot_be_imported(self) -> None:
        fake = types.ModuleType("js")
        sys.modules["js"] = fake
        sys.modules["pyodide"] = types.ModuleType("pyodide")
        try:
            for name in ("js", "pyodide_js", "pyodide", "pyodide.ffi", "_looplab", "micropip"):
                with self.subTest(module=name):
                    result = run(f"import {name}\n")
                    self.assertEqual(result["exitCode"], 1)
                    root = name.partition(".")[0]
                    self.assertTrue(result["stderr"].endswith(
                        f"ModuleNotFoundError: No module named '{root}'\n"), result["stderr"])
            self.assertIs(sys.modules["js"], fake)
        finally:
            sys.modules.pop("js", None)
            sys.modules.pop("pyodide", None)

    def test_a_clean_environment_and_a_fresh_folder(self) -> None:
        os.environ["LOOPLAB_TEST_SECRET"] = "hunter2"
        try:
            result = run("import os, sys\nprint(sorted(os.environ))\nprint(os.listdir('.'))\n"
                         "print(os.getcwd() == os.path.dirname(os.path.abspath(__file__)))\n"
                         "print(sys.argv)\n", argv=["a", "b"])
        finally:
            del os.environ["LOOPLAB_TEST_SECRET"]
        self.assertEqual(result["stdout"],
                         "['HOME', 'LANG', 'PATH', 'PWD', 'TZ']\n['main.py']\nTrue\n['main.py', 'a', 'b']\n")

    def test_the_programs_own_modules_and_packages(self) -> None:
        from _looplab import run as run_files
        files = {
            "main.py": "import helper\nfrom pkg import tool\nprint(helper.twice(2), tool.NAME)\nhelper.fail()\n",
            "helper.py": "def twice(x):\n    return 2 * x\n\ndef fail():\n    raise ValueError('in helper')\n",
            "pkg/__init__.py": "",
            "pkg/tool.py": "NAME = 'tool'\n",
        }
        result = run_files({"files": files})
        self.assertEqual(result["stdout"], "4 tool\n")
        self.assertIn('File "helper.py", line 5, in fail\n', result["stderr"])
        self.assertNotIn("helper", sys.modules)
        second = run_files({"files": {"main.py": "import helper\n"}})
        self.assertIn("ModuleNotFoundError: No module named 'helper'", second["stderr"])

    def test_stdin_feeds_input(self) -> None:
        result = run("name = input('name? ')\nprint('hi', name)\nprint(input())\n", stdin="Ada\nLin\n")
        self.assertEqual(result["stdout"], "name? hi Ada\nLin\n")


if __name__ == "__main__":
    unittest.main()
