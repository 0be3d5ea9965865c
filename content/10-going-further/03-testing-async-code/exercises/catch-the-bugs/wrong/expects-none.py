import asyncio
import unittest


async def with_default(coro, seconds, default):
    """What coro returns, or `default` if it takes longer than `seconds` (coro is then cancelled)."""
    try:
        async with asyncio.timeout(seconds):
            return await coro
    except TimeoutError:
        return default


class WithDefaultTest(unittest.IsolatedAsyncioTestCase):
    async def test_fast_result(self):
        async def fast():
            await asyncio.sleep(0.1)
            return "fresh"

        self.assertEqual(await with_default(fast(), 1, "stale"), "fresh")

    async def test_slow_gives_default(self):
        async def slow():
            await asyncio.sleep(10)
            return "fresh"

        self.assertIsNone(await with_default(slow(), 0.2, "stale"))

    async def test_slow_is_cancelled(self):
        cancelled = False

        async def slow():
            nonlocal cancelled
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                cancelled = True
                raise

        await with_default(slow(), 0.2, "stale")
        self.assertTrue(cancelled, "the slow coroutine is still running")


def run_tests(case):
    """Run a TestCase, then print what failed and how many ran (unittest's own report adds the time taken)."""
    result = unittest.TestResult()
    unittest.defaultTestLoader.loadTestsFromTestCase(case).run(result)
    for test, trace in result.failures + result.errors:
        print("FAIL", test.id().split(".")[-1] + ":", trace.strip().splitlines()[-1])
    print(f"ran {result.testsRun}, failed {len(result.failures) + len(result.errors)}")


run_tests(WithDefaultTest)
