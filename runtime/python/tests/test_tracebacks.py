"""stderr as `python main.py` prints it (paths aside): tracebacks, carets, chains, groups, exits."""
from __future__ import annotations

import re
import unittest

from .support import oracles, run

PROGRAMS = {
    "escapes-asyncio-run": (
        "import asyncio\n\n"
        "async def fail():\n"
        "    await asyncio.sleep(0.01)\n"
        "    raise ValueError('boom')\n\n"
        "async def main():\n"
        "    await asyncio.create_task(fail())\n\n"
        "asyncio.run(main())\n"
    ),
    "plain-error": "def f(d):\n    return d['missing'] + 1\n\nprint('start')\nf({})\n",
    "chained": (
        "try:\n    int('x')\nexcept ValueError as e:\n    raise RuntimeError('bad') from e\n"
    ),
    "context": "try:\n    1 / 0\nexcept ZeroDivisionError:\n    undefined_name\n",
    "syntax-error": "print('never')\nif True\n    pass\n",
    "taskgroup": (
        "import asyncio\n\n"
        "async def fail(n):\n    await asyncio.sleep(0.01)\n    raise RuntimeError(f'task {n}')\n\n"
        "async def main():\n    async with asyncio.TaskGroup() as tg:\n"
        "        tg.create_task(fail(1))\n        tg.create_task(fail(2))\n\n"
        "asyncio.run(main())\n"
    ),
    "exception-never-retrieved": (
        "import asyncio\n\n"
        "async def fails():\n    raise ValueError('nobody sees me')\n\n"
        "async def main():\n    asyncio.create_task(fails())\n    await asyncio.sleep(0.01)\n\n"
        "asyncio.run(main())\n"
    ),
    "exit-message": "import sys\nsys.exit('fatal')\n",
    "create-task-at-top-level": (
        "import asyncio\n\nasync def hello():\n    print('hi')\n\nasyncio.run(asyncio.create_task(hello()))\n"
    ),
    "recursion": "def f(n):\n    return f(n + 1)\n\nf(0)\n",
    "task-destroyed-pending": (
        "import asyncio\n\nasync def count():\n    for i in range(1, 6):\n"
        "        await asyncio.sleep(0.1)\n        print(i)\n\n"
        "loop = asyncio.new_event_loop()\ntask = loop.create_task(count())\n"
        "loop.call_later(0.25, loop.stop)\nloop.run_forever()\nprint('loop stopped')\n"
    ),
    "never-awaited-in-coroutine": (
        "import asyncio\n\nasync def greet():\n    print('hi')\n\n"
        "async def main():\n    greet()\n    await asyncio.sleep(0.01)\n\nasyncio.run(main())\n"
    ),
}


def _normalise(stderr: str) -> str:
    # interpreter paths differ only by prefix; addresses differ per process
    return re.sub(r" at 0x[0-9a-f]+", " at 0x…", stderr)


class TracebackTest(unittest.TestCase):
    def test_stderr_matches_real_python(self) -> None:
        names = list(PROGRAMS)
        expected = oracles([PROGRAMS[n] for n in names])
        for name, (stdout, stderr, code) in zip(names, expected, strict=True):
            with self.subTest(program=name):
                result = run(PROGRAMS[name])
                self.assertEqual(result["stdout"], stdout)
                self.assertEqual(_normalise(result["stderr"]), _normalise(stderr))
                self.assertEqual(result["exitCode"], code)

    def test_no_harness_frames(self) -> None:
        result = run(PROGRAMS["escapes-asyncio-run"])
        self.assertNotIn("_looplab", result["stderr"])
        self.assertTrue(result["stderr"].startswith('Traceback (most recent call last):\n  File "main.py", line 10'))


if __name__ == "__main__":
    unittest.main()
