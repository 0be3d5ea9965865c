"""`looplab run FILE` (request.py `location`): the program is where `python FILE` finds it —
compiled under its absolute path, `sys.argv[0]` as typed, the caller's working folder — compared
with the machine's python3 run the same way. The folders a located run makes are removed after
it; a folder that already exists is never written to (the run falls back to a temporary one)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import unittest

from .support import run

PROGRAM = """\
import asyncio, os, sys

async def child():
    await asyncio.sleep(1)

async def main():
    task = asyncio.create_task(child())
    print(repr(task))
    await task

print(__file__)
print(sys.argv[0], sys.path[0])
print(os.getcwd(), os.environ["PWD"])
asyncio.run(main())
import helper
helper.fail()
"""

HELPER = "def fail():\n    raise ValueError('from the helper')\n"


class LocatedRunTest(unittest.TestCase):
    def setUp(self) -> None:
        self.base = tempfile.mkdtemp(prefix="looplab-location-")
        self.addCleanup(shutil.rmtree, self.base, True)

    def oracle(self, caller: str, folder: str) -> subprocess.CompletedProcess[str]:
        """python3 run from `caller` on folder/prog.py typed as a relative path."""
        os.makedirs(folder)
        for name, text in (("prog.py", PROGRAM), ("helper.py", HELPER)):
            with open(os.path.join(folder, name), "w", encoding="utf-8") as handle:
                handle.write(text)
        os.makedirs(caller, exist_ok=True)
        typed = os.path.relpath(os.path.join(folder, "prog.py"), caller)
        done = subprocess.run([sys.executable, typed], cwd=caller, capture_output=True, text=True,
                              timeout=60, env={"PATH": os.environ.get("PATH", ""), "PWD": caller})
        shutil.rmtree(folder)
        return done

    def test_a_located_run_prints_what_python_file_prints(self) -> None:
        caller = os.path.join(self.base, "caller")
        folder = os.path.join(caller, "project")
        expected = self.oracle(caller, folder)
        self.assertFalse(os.path.exists(folder))
        result = run(PROGRAM, files={"prog.py": PROGRAM, "helper.py": HELPER}, entry="prog.py",
                     location={"folder": folder, "cwd": caller, "argv0": "project/prog.py"})
        self.assertEqual(result["stdout"], expected.stdout)
        self.assertEqual(result["exitCode"], expected.returncode)
        # The traceback names both files by their absolute paths, as CPython's does.
        for path in (os.path.join(folder, "prog.py"), os.path.join(folder, "helper.py")):
            self.assertIn(f'File "{path}", line', result["stderr"])
        self.assertTrue(result["stderr"].endswith("ValueError: from the helper\n"))
        self.assertFalse(os.path.exists(folder), "the folder the run made is removed")

    def test_an_existing_folder_is_left_alone(self) -> None:
        folder = os.path.join(self.base, "exists")
        os.makedirs(folder)
        result = run("print(__file__)\nopen('made.txt', 'w').close()\n",
                     location={"folder": folder, "cwd": folder, "argv0": "main.py"})
        self.assertEqual(result["status"], "ok")
        self.assertFalse(result["stdout"].startswith(folder), result["stdout"])
        self.assertEqual(os.listdir(folder), [])

    def test_a_system_folder_is_never_the_programs(self) -> None:
        stdlib = os.path.dirname(os.__file__)
        result = run("import os\nprint(__file__, os.getcwd())\n",
                     location={"folder": os.path.join(stdlib, "looplab-x"), "cwd": "/",
                               "argv0": "main.py"})
        self.assertEqual(result["status"], "ok")
        self.assertNotIn("looplab-x", result["stdout"])
        self.assertFalse(os.path.exists(os.path.join(stdlib, "looplab-x")))

    def test_run_from_the_root_folder(self) -> None:
        folder = os.path.join(self.base, "from-root")
        result = run("import os\nprint(os.getcwd())\n",
                     location={"folder": folder, "cwd": "/", "argv0": folder[1:] + "/main.py"})
        self.assertEqual(result["stdout"], "/\n")

    def test_a_bad_location_is_refused_by_name(self) -> None:
        result = run("print(1)\n", location={"folder": "relative", "cwd": "/", "argv0": "x"})
        self.assertEqual(result["status"], "error")
        self.assertIn("location.folder", result["stderr"])


if __name__ == "__main__":
    unittest.main()
