"""realtime: true — the oracle mode: real clock, stock loop, output still captured as events."""
from __future__ import annotations

import unittest

from .support import run

SOURCE = """\
import asyncio, time
async def main():
    start = time.monotonic()
    await asyncio.sleep(0.2)
    print('slept', round(time.monotonic() - start, 1))
    print(type(asyncio.get_running_loop()).__name__)
asyncio.run(main())
"""


class RealtimeTest(unittest.TestCase):
    def test_real_clock_and_stock_loop(self) -> None:
        result = run(SOURCE, realtime=True)
        self.assertEqual(result["status"], "ok", result["stderr"])
        self.assertEqual(result["stdout"], "slept 0.2\n_UnixSelectorEventLoop\n")
        self.assertGreaterEqual(result["wallMs"], 200)
        self.assertGreaterEqual(result["events"][0]["t"], 0.2)
        self.assertLess(result["virtualSeconds"], 5)

    def test_virtual_mode_reports_the_same_loop_name(self) -> None:
        result = run(SOURCE)
        self.assertEqual(result["stdout"], "slept 0.2\n_UnixSelectorEventLoop\n")
        self.assertLess(result["wallMs"], 200)


if __name__ == "__main__":
    unittest.main()
