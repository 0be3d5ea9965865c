# pins: threading.BoundedSemaphore(2) lets two threads in at a time, each later one entering when a
# slot frees; releasing more than acquired raises ValueError.
import threading
import time

slots = threading.BoundedSemaphore(2)
start = time.monotonic()


def worker(i):
    with slots:
        print("in", i, round(time.monotonic() - start, 1))
        time.sleep(0.3)


threads = []
for i in range(5):
    t = threading.Thread(target=worker, args=(i,))
    t.start()
    threads.append(t)
    time.sleep(0.05)
for t in threads:
    t.join()
print("end", round(time.monotonic() - start, 1))
try:
    slots.release()
except ValueError as exc:
    print("ValueError:", exc)
