import asyncio
import unittest

from looplab_probes import scenario


async def correct(coro, seconds, default):
    try:
        async with asyncio.timeout(seconds):
            return await coro
    except TimeoutError:
        return default


async def never_gives_up(coro, seconds, default):
    return await coro


async def forgets_the_default(coro, seconds, default):
    try:
        async with asyncio.timeout(seconds):
            return await coro
    except TimeoutError:
        return None


async def leaves_it_running(coro, seconds, default):
    task = asyncio.ensure_future(coro)
    done, _ = await asyncio.wait({task}, timeout=seconds)
    return task.result() if done else default  # the slow task is never cancelled


async def always_the_default(coro, seconds, default):
    coro.close()
    return default


def tests_against(implementation):
    """A scenario that runs the learner's WithDefaultTest with `implementation` as with_default.

    The tests run before the scenario's own coroutine is made: IsolatedAsyncioTestCase starts an
    event loop of its own for each test, which it cannot do inside a running one.
    """

    def body(learner):
        case = learner.WithDefaultTest
        learner.with_default = implementation  # the tests look the name up when they run
        outcome = {"async_case": isinstance(case, type) and issubclass(case, unittest.IsolatedAsyncioTestCase)}
        result = unittest.TestResult()
        unittest.defaultTestLoader.loadTestsFromTestCase(case).run(result)
        outcome["ran"] = result.testsRun
        outcome["failed"] = [
            f"{test.id().split('.')[-1]}: {trace.strip().splitlines()[-1]}"
            for test, trace in result.failures + result.errors
        ]

        async def report():
            return outcome

        return report()

    return body


scenario("correct")(tests_against(correct))
scenario("never-gives-up")(tests_against(never_gives_up))
scenario("forgets-the-default")(tests_against(forgets_the_default))
scenario("leaves-it-running")(tests_against(leaves_it_running))
scenario("always-the-default")(tests_against(always_the_default))
