"""Stop and the wall-clock limit answered as Ctrl-C (_looplab/interrupts.py): under asyncio.run the
main task is cancelled, cleanup runs, then KeyboardInterrupt; a cleanup that spins is stopped.
Each program runs in the cpython engine and gets SIGINT once it says (through a file named in
argv) that it is running, as the engine sends it at its wall-clock limit."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import unittest
from typing import Any

from .support import ENTRY_SCRIPT

READY = "import sys\nopen(sys.argv[1], 'w').close()  # running: the test may interrupt now\n"

AWAITING = READY + """\
import asyncio

async def worker(n):
    try:
        await asyncio.sleep(3600)
    finally:
        print(f"worker {n} cleaned up")

async def main():
    tasks = [asyncio.create_task(worker(n)) for n in range(2)]
    try:
        while True:
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("main cancelled")
        raise
    finally:
        print("main finally")

try:
    asyncio.run(main())
finally:
    print("after asyncio.run")
"""

WORKING_BETWEEN_AWAITS = READY + """\
import asyncio

async def main():
    try:
        while True:
            total = 0
            for n in range(2_000):  # real work in main's own frame, then an await
                total += n
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("main cancelled")
        raise
    finally:
        print("main finally")

asyncio.run(main())
"""

BUSY = READY + """\
import asyncio

async def helper():
    try:
        await asyncio.sleep(3600)
    finally:
        print("helper cleaned up")

async def main():
    asyncio.create_task(helper())
    await asyncio.sleep(0)
    try:
        while True:
            pass
    finally:
        print("main finally")

asyncio.run(main())
"""

SPINNING_CLEANUP = READY + """\
import asyncio

async def main():
    try:
        while True:
            await asyncio.sleep(0)
    finally:
        print("cleanup that never ends")
        while True:
            pass

asyncio.run(main())
"""

SIGNAL_HANDLER = READY + """\
import asyncio, signal

async def main():
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGINT, stop.set)
    ticks = 0
    while not stop.is_set():
        ticks += 1
        await asyncio.sleep(0)
    print("stopping gracefully after some ticks:", ticks > 0)

asyncio.run(main())
print("done")
"""

PLAIN = READY + """\
try:
    while True:
        pass
except KeyboardInterrupt:
    print("caught KeyboardInterrupt")
    raise
"""


def interrupted(source: str) -> dict[str, Any]:
    folder = tempfile.mkdtemp(prefix="looplab-interrupt-")
    marker = os.path.join(folder, "ready")
    read_end, write_end = os.pipe()
    proc = subprocess.Popen([sys.executable, ENTRY_SCRIPT, "--result-fd", str(write_end)],
                            stdin=subprocess.PIPE, pass_fds=(write_end,))
    os.close(write_end)
    assert proc.stdin is not None  # stdin=PIPE
    proc.stdin.write(json.dumps({"files": {"main.py": source}, "argv": [marker]}).encode())
    proc.stdin.close()
    for _ in range(600):  # the machine may be slow to start python3
        if os.path.exists(marker):
            break
        time.sleep(0.05)
    time.sleep(0.1)
    proc.send_signal(signal.SIGINT)
    with os.fdopen(read_end, "rb") as handle:
        data = handle.read()
    proc.wait(30)
    os.remove(marker)
    os.rmdir(folder)
    return json.loads(data)


class InterruptTest(unittest.TestCase):
    def assert_stopped(self, result: dict[str, Any]) -> None:
        self.assertEqual((result["status"], result["exitCode"]), ("interrupted", 130))
        self.assertEqual(result["stopped"]["reason"], "interrupted")
        self.assertTrue(result["stderr"].endswith(result["stopped"]["note"]))

    def test_asyncio_run_cancels_the_main_task_and_cleanup_runs(self) -> None:
        result = interrupted(AWAITING)
        self.assert_stopped(result)
        lines = result["stdout"].splitlines()
        self.assertEqual(lines[:2], ["main cancelled", "main finally"])
        # asyncio.run cancels what is left in the order of a set, on CPython too
        self.assertEqual(sorted(lines[2:4]), ["worker 0 cleaned up", "worker 1 cleaned up"])
        self.assertEqual(lines[4:], ["after asyncio.run"])
        stderr = result["stderr"]
        # CPython's own report: the cancellation, then KeyboardInterrupt raised by the Runner
        self.assertIn("asyncio.exceptions.CancelledError\n\nDuring handling of the above exception", stderr)
        self.assertIn("raise KeyboardInterrupt()\nKeyboardInterrupt\n", stderr)
        self.assertIn('File "main.py", line 23, in <module>', stderr)

    def test_an_interrupt_in_the_coroutines_own_code_is_still_a_cancellation(self) -> None:
        # The interrupt almost always lands in main's loop; main awaits soon after, so the
        # cancellation reaches it there, as on CPython (no second press)
        result = interrupted(WORKING_BETWEEN_AWAITS)
        self.assert_stopped(result)
        self.assertEqual(result["stdout"], "main cancelled\nmain finally\n")
        self.assertIn("raise KeyboardInterrupt()\nKeyboardInterrupt\n", result["stderr"])

    def test_a_busy_coroutine_is_interrupted_where_it_is_then_tasks_clean_up(self) -> None:
        result = interrupted(BUSY)
        self.assert_stopped(result)
        self.assertEqual(result["stdout"], "main finally\nhelper cleaned up\n")
        self.assertIn('File "main.py", line 15, in main', result["stderr"])

    def test_cleanup_that_never_ends_is_stopped(self) -> None:
        result = interrupted(SPINNING_CLEANUP)
        self.assert_stopped(result)
        self.assertEqual(result["stdout"], "cleanup that never ends\n")
        self.assertRegex(result["stderr"], r'File "main.py", line 1[12], in main\n')
        self.assertTrue(result["stderr"].startswith('Traceback (most recent call last):\n  File "main.py"'))

    def test_a_sigint_handler_of_the_loop_runs_instead(self) -> None:
        result = interrupted(SIGNAL_HANDLER)
        self.assert_stopped(result)
        self.assertEqual(result["stdout"], "stopping gracefully after some ticks: True\ndone\n")
        self.assertNotIn("KeyboardInterrupt", result["stderr"])

    def test_a_program_without_asyncio_gets_keyboard_interrupt(self) -> None:
        result = interrupted(PLAIN)
        self.assert_stopped(result)
        self.assertEqual(result["stdout"], "caught KeyboardInterrupt\n")
        self.assertIn("KeyboardInterrupt", result["stderr"])


if __name__ == "__main__":
    unittest.main()
