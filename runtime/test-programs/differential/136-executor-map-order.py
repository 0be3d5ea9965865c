# pins: Executor.map returns results in input order, not finishing order; its timeout raises
# TimeoutError for results not ready in time.
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError


def slow_square(n):
    time.sleep(0.05 * (4 - n))
    return n * n


with ThreadPoolExecutor(max_workers=4) as pool:
    print(list(pool.map(slow_square, range(4))))
    try:
        for value in pool.map(slow_square, [0, 1], timeout=0.1):
            print("got", value)
    except TimeoutError:
        print("map timed out")
