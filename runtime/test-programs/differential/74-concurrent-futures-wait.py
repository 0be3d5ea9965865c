# pins: concurrent.futures.wait with FIRST_EXCEPTION and a timeout, Future.result() blocking until
# done, and a done callback, on a ThreadPoolExecutor used as a context manager.
import time
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

start = time.monotonic()


def elapsed():
    return round(time.monotonic() - start, 1)


def task(n):
    time.sleep(n / 10)
    if n == 3:
        raise KeyError(n)
    return n


with ThreadPoolExecutor(4) as ex:
    futures = [ex.submit(task, n) for n in (5, 3, 1)]
    done, pending = wait(futures, return_when=FIRST_EXCEPTION)
    print(len(done), "done,", len(pending), "pending at", elapsed())
    print("exception:", repr(futures[1].exception()))
    done, pending = wait(futures, timeout=0.1)
    print(len(done), "done,", len(pending), "pending at", elapsed())
    print("result", futures[0].result(), "at", elapsed())
    f = ex.submit(task, 2)
    f.add_done_callback(lambda f: print("callback", f.result(), "at", elapsed()))
print("after the with block at", elapsed())
