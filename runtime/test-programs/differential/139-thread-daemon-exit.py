# pins: the program waits for non-daemon threads at exit but not for daemon ones: the daemon's later
# print never appears.
import threading
import time


def background():
    time.sleep(0.5)
    print("daemon finished (never printed)")


def foreground():
    time.sleep(0.1)
    print("non-daemon thread finished")


threading.Thread(target=background, daemon=True).start()
threading.Thread(target=foreground).start()
print("main thread ends")
