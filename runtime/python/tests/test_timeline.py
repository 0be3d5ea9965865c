"""The timeline: enough to draw one lane per task, with what each awaited and where."""
from __future__ import annotations

import unittest

from .support import run

GATHER = """\
import asyncio

async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    return await asyncio.gather(fetch("a", 1), fetch("b", 2), fetch("c", 3))

asyncio.run(main())
"""


def _kinds(timeline, task):
    return [e["kind"] for e in timeline if e["task"] == task]


class TimelineTest(unittest.TestCase):
    def test_gather_of_three(self) -> None:
        timeline = run(GATHER)["timeline"]
        created = [e for e in timeline if e["kind"] == "created"]
        self.assertEqual([(e["task"], e["name"], e["parent"], e["coro"], e["line"]) for e in created], [
            (1, "Task-1", None, "main", 10), (2, "Task-2", 1, "fetch", 8),
            (3, "Task-3", 1, "fetch", 8), (4, "Task-4", 1, "fetch", 8)])
        self.assertEqual(_kinds(timeline, 2), ["created", "running", "waiting", "running", "done"])
        waits = {e["task"]: (e["waitingFor"], e["line"]) for e in timeline if e["kind"] == "waiting"}
        self.assertEqual(waits[1], ("gather(3)", 8))
        self.assertEqual(waits[3], ("sleep(2)", 4))
        done = {e["task"]: (e["t"], e["detail"]) for e in timeline if e["kind"] == "done"}
        self.assertEqual(done[2][1], "'a'")
        self.assertEqual(done[1][1], "['a', 'b', 'c']")
        self.assertEqual([round(done[n][0]) for n in (2, 3, 4)], [1, 2, 3])
        times = [e["t"] for e in timeline]
        self.assertEqual(times, sorted(times))

    def test_cancelled_and_failed(self) -> None:
        source = (
            "import asyncio\n"
            "async def boom():\n    raise ValueError('boom')\n"
            "async def sleeper():\n    await asyncio.sleep(10)\n"
            "async def main():\n"
            "    s = asyncio.create_task(sleeper())\n    b = asyncio.create_task(boom())\n"
            "    await asyncio.sleep(0.1)\n    s.cancel()\n"
            "    await asyncio.gather(s, b, return_exceptions=True)\n"
            "asyncio.run(main())\n"
        )
        timeline = run(source)["timeline"]
        self.assertIn({"task": 2, "kind": "cancelled"}, [{k: e[k] for k in ("task", "kind")} for e in timeline])
        [failed] = [e for e in timeline if e["kind"] == "failed"]
        self.assertEqual((failed["task"], failed["detail"]), (3, "ValueError: boom"))

    def test_waiting_words(self) -> None:
        source = (
            "import asyncio\n"
            "async def main():\n"
            "    q, ev, lock = asyncio.Queue(), asyncio.Event(), asyncio.Lock()\n"
            "    loop = asyncio.get_running_loop()\n"
            "    loop.call_later(1, q.put_nowait, 1)\n"
            "    await q.get()\n"
            "    loop.call_later(1, ev.set)\n"
            "    await ev.wait()\n"
            "    await lock.acquire()\n"
            "    loop.call_later(1, lock.release)\n"
            "    await lock.acquire()\n"
            "    await asyncio.wait_for(asyncio.sleep(0.5), timeout=2)\n"
            "    await asyncio.to_thread(sum, [1, 2])\n"
            "    fut = loop.create_future()\n"
            "    loop.call_later(1, fut.set_result, None)\n"
            "    await fut\n"
            "    await asyncio.sleep(0)\n"
            "asyncio.run(main())\n"
        )
        timeline = run(source)["timeline"]
        waits = [(e["waitingFor"], e["line"]) for e in timeline if e["kind"] == "waiting" and e["task"] == 1]
        self.assertEqual(waits[:5], [("Queue.get()", 6), ("Event.wait()", 8), ("Lock.acquire()", 11),
                                     ("wait_for(…, timeout=2)", 12), ("to_thread(sum)", 13)])
        self.assertIn(("Future", 16), waits)
        self.assertEqual(waits[-1], ("sleep(0)", 17))

    def test_output_events_carry_time_and_task(self) -> None:
        source = (
            "import asyncio, sys\n"
            "async def worker(n):\n    await asyncio.sleep(n)\n    print('worker', n)\n"
            "async def main():\n    print('start')\n"
            "    await asyncio.gather(worker(2), worker(1))\n    print('oops', file=sys.stderr)\n"
            "print('top')\nasyncio.run(main())\n"
        )
        events = run(source)["events"]
        self.assertEqual([(e["stream"], e["text"], e.get("task")) for e in events], [
            ("stdout", "top\n", None), ("stdout", "start\n", 1), ("stdout", "worker 1\n", 3),
            ("stdout", "worker 2\n", 2), ("stderr", "oops\n", 1)])
        self.assertEqual([round(e["t"], 2) for e in events], [0, 0, 1, 2, 2])


class ClockTest(unittest.TestCase):
    def test_wall_clock_functions_follow_virtual_time(self) -> None:
        source = (
            "import asyncio, datetime, time\n"
            "from datetime import datetime as dt, date\n"
            "async def main():\n"
            "    print(time.strftime('%X'), dt.now().strftime('%H:%M:%S'))\n"
            "    await asyncio.sleep(90)\n"
            "    print(time.strftime('%X'), dt.now().strftime('%H:%M:%S'), date.today())\n"
            "    print(repr(dt(2026, 1, 5)), isinstance(datetime.datetime(2020, 1, 1), dt), dt.__name__)\n"
            "    print(int(time.time()), time.time_ns() // 10**9, round(time.monotonic() - START, 3))\n"
            "START = time.monotonic()\n"
            "asyncio.run(main())\n"
        )
        result = run(source)
        self.assertEqual(result["stdout"], (
            "09:00:00 09:00:00\n09:01:30 09:01:30 2026-01-05\n"
            "datetime.datetime(2026, 1, 5, 0, 0) True datetime\n1767603690 1767603690 90.0\n"), result["stderr"])

    def test_to_thread_output_arrives_when_the_thread_writes_it(self) -> None:
        source = (
            "import asyncio, time\n"
            "def work():\n    print('thread starts')\n    time.sleep(1)\n    print('thread ends')\n    return 7\n"
            "async def tick():\n    for i in range(3):\n        await asyncio.sleep(0.4)\n        print('tick', i)\n"
            "async def main():\n    print(await asyncio.gather(asyncio.to_thread(work), tick()))\n"
            "asyncio.run(main())\n"
        )
        result = run(source)
        self.assertEqual(result["stdout"], "thread starts\ntick 0\ntick 1\nthread ends\ntick 2\n[7, None]\n")
        self.assertEqual(result["diagnostics"], [])


if __name__ == "__main__":
    unittest.main()
