"""Threads under virtual time (threads.py): what the differential suite cannot compare with the
machine's CPython — the refusals, the CPU count the runtime reports, and thread output on the
timeline."""
from __future__ import annotations

import unittest

from .support import run

PROCESS_POOL = """\
import asyncio
from concurrent.futures import ProcessPoolExecutor

def square(x):
    return x * x

async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor() as pool:
        print(await loop.run_in_executor(pool, square, 3))

asyncio.run(main())
"""

CPU_COUNT = """\
import os
from concurrent.futures import ThreadPoolExecutor
print(os.cpu_count(), ThreadPoolExecutor()._max_workers)
"""

THREAD_OUTPUT = """\
import threading, time
def worker():
    time.sleep(0.2)
    print("worker")
t = threading.Thread(target=worker)
t.start()
time.sleep(0.1)
print("main")
t.join()
"""


class ThreadsTest(unittest.TestCase):
    def test_process_pool_is_refused_in_words_a_learner_reads(self) -> None:
        result = run(PROCESS_POOL)
        self.assertEqual(result["status"], "error")
        self.assertIn("PermissionError", result["stderr"])
        self.assertIn("cannot start other processes", result["stderr"])
        self.assertIn("ThreadPoolExecutor", result["stderr"])

    def test_reported_cpu_count_sets_the_default_worker_limit(self) -> None:
        result = run(CPU_COUNT)
        self.assertEqual(result["stdout"], "4 8\n")

    def test_thread_output_sits_on_the_timeline_at_the_threads_time(self) -> None:
        result = run(THREAD_OUTPUT)
        self.assertEqual(result["stdout"], "main\nworker\n")
        times = [(event["text"], event["t"]) for event in result["events"] if event.get("text")]
        self.assertEqual([text for text, _ in times], ["main\n", "worker\n"])
        self.assertAlmostEqual(times[0][1], 0.1, places=3)
        self.assertAlmostEqual(times[1][1], 0.2, places=3)


if __name__ == "__main__":
    unittest.main()
