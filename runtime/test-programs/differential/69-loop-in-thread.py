# pins: an event loop running in a thread of its own (run_forever) serves coroutines submitted from
# the main thread with run_coroutine_threadsafe; stopping it with call_soon_threadsafe ends the thread.
import asyncio
import threading

loop = asyncio.new_event_loop()
thread = threading.Thread(target=loop.run_forever, daemon=True)
thread.start()


async def add(a, b):
    await asyncio.sleep(0.1)
    return a + b


future = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
print("result", future.result(timeout=1))
futures = [asyncio.run_coroutine_threadsafe(add(i, i), loop) for i in range(3)]
print([f.result() for f in futures])
loop.call_soon_threadsafe(loop.stop)
thread.join()
print("loop running?", loop.is_running())
loop.close()
