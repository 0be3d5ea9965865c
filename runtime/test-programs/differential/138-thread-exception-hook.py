# pins: an exception in a threading.Thread does not stop the program: the thread ends, join()
# returns, and the main thread carries on (the traceback goes to stderr).
import threading
import time


def broken():
    time.sleep(0.05)
    raise RuntimeError("worker crashed")


t = threading.Thread(target=broken, name="worker")
t.start()
t.join()
print("main continues; worker alive:", t.is_alive())
errors = []
threading.excepthook = lambda args: errors.append(str(args.exc_value))
t2 = threading.Thread(target=broken)
t2.start()
t2.join()
print("custom hook saw:", errors)
