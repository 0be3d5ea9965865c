# pins: a ThreadPoolExecutor initializer runs once per worker thread before its first job; thread
# locals set there are seen by the jobs.
import threading
import time
from concurrent.futures import ThreadPoolExecutor

local = threading.local()
started = []


def setup():
    local.connection = f"conn-{len(started)}"
    started.append(local.connection)


def query(n):
    time.sleep(0.05)
    return local.connection.startswith("conn-")


with ThreadPoolExecutor(max_workers=2, initializer=setup) as pool:
    print(list(pool.map(query, range(6))))
print("initializer ran", len(started), "times")
