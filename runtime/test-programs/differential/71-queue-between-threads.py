# pins: queue.Queue hands items between threads at the time they were put; Event.wait(timeout)
# times out before a late set() and then returns True; threading.Timer fires after its interval.
import queue
import threading
import time

start = time.monotonic()
q = queue.Queue()


def elapsed():
    # tenths of a second since `start`, rounded down (real threads wake a little late)
    return int((time.monotonic() - start) * 10) / 10


def producer():
    for i in range(3):
        time.sleep(0.1)
        q.put(i)
    q.put(None)


def consumer():
    while (item := q.get()) is not None:
        print("got", item, elapsed())


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()

ready = threading.Event()


def setter():
    time.sleep(0.2)
    ready.set()


start = time.monotonic()
threading.Thread(target=setter).start()
print("wait(0.1):", ready.wait(0.1), elapsed())
print("wait():", ready.wait(), elapsed())
start = time.monotonic()
timer = threading.Timer(0.1, lambda: print("timer fired", elapsed()))
timer.start()
timer.join()
