# pins: a threading.Lock around a shared counter: four threads each add 1000, the total is exact,
# and a second acquire without blocking fails while the lock is held.
import threading

counter = 0
lock = threading.Lock()


def add_many():
    global counter
    for _ in range(1000):
        with lock:
            counter += 1


threads = [threading.Thread(target=add_many) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter =", counter)
with lock:
    print("locked:", lock.locked(), "second acquire:", lock.acquire(blocking=False))
print("locked after:", lock.locked())
rlock = threading.RLock()
with rlock:
    with rlock:
        print("re-entered an RLock")
