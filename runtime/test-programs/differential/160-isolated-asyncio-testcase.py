# pins: unittest.IsolatedAsyncioTestCase runs (it once timed out in Pyodide while unittest compiled):
# setUp, asyncSetUp, the test, async cleanups, asyncTearDown and tearDown in CPython's order, each
# test in a loop of its own, and a failing test reported by the result.
import asyncio
import unittest

events = []


class FakeConnection:
    async def get(self, path):
        await asyncio.sleep(0.01)
        return {"path": path, "status": 200}

    async def close(self):
        await asyncio.sleep(0)
        events.append("connection closed")


class ConnectionTest(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append("setUp")

    async def asyncSetUp(self):
        self.connection = FakeConnection()
        self.loop_id = id(asyncio.get_running_loop())
        events.append("asyncSetUp")

    async def test_get(self):
        events.append("test_get")
        response = await self.connection.get("/health")
        self.assertEqual(response["status"], 200)
        self.addAsyncCleanup(self.forget, "/health")

    async def test_wrong_status(self):
        events.append("test_wrong_status")
        response = await self.connection.get("/missing")
        self.assertEqual(response["status"], 404)

    async def forget(self, path):
        events.append(f"cleanup {path}")

    async def asyncTearDown(self):
        await self.connection.close()
        events.append("asyncTearDown")

    def tearDown(self):
        events.append("tearDown")


if __name__ == "__main__":
    program = unittest.main(exit=False, verbosity=0)
    print("\n".join(events))
    result = program.result
    print("ran", result.testsRun, "failures", len(result.failures), "ok", result.wasSuccessful())
