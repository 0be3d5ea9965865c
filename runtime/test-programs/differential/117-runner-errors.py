# pins: Runner.run inside a running loop raises RuntimeError; run after close raises too; an
# exception in the coroutine propagates from run() and the runner stays usable.
import asyncio


async def fails():
    await asyncio.sleep(0.01)
    raise LookupError("not found")


async def nested(runner):
    coro = asyncio.sleep(0)
    try:
        runner.run(coro)
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    finally:
        coro.close()


runner = asyncio.Runner()
try:
    runner.run(fails())
except LookupError as exc:
    print("LookupError:", exc)
runner.run(nested(runner))
runner.close()
try:
    runner.run(asyncio.sleep(0))
except RuntimeError as exc:
    print("after close:", exc)
