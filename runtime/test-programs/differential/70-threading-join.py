# pins: threading.Thread workers sleep on their own clocks: they finish in order of their delays,
# join() waits for each, and the main thread's own sleep overlaps theirs.
import threading
import time

start = time.monotonic()


def worker(name, delay):
    time.sleep(delay)
    print(name, "done at", round(time.monotonic() - start, 1))


threads = [threading.Thread(target=worker, args=(f"t{i}", 0.1 * (3 - i))) for i in range(3)]
for t in threads:
    t.start()
print("started", threading.active_count(), "threads in all")
time.sleep(0.15)
print("main woke at", round(time.monotonic() - start, 1))
for t in threads:
    t.join()
print("all joined at", round(time.monotonic() - start, 1))
print("alive:", [t.is_alive() for t in threads])
