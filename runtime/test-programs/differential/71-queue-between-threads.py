# pins: queue.Queue hands items between threads at the time they were put; Event.wait(timeout)
# times out before a late set() and then returns True; threading.Timer fires after its interval.
import queue
import threading
import time

start = time.monotonic()
q = queue.Queue()


def producer():
    for i in range(3):
        time.sleep(0.1)
        q.put(i)
    q.put(None)


def consumer():
    while (item := q.get()) is not None:
        print("got", item, round(time.monotonic() - start, 1))


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


threading.Thread(target=setter).start()
print("wait(0.1):", ready.wait(0.1), round(time.monotonic() - start, 1))
print("wait():", ready.wait(), round(time.monotonic() - start, 1))
timer = threading.Timer(0.1, lambda: print("timer fired", round(time.monotonic() - start, 1)))
timer.start()
timer.join()
