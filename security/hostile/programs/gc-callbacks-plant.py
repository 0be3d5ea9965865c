# Tries (persistence): a gc.callbacks entry that runs during every later program's garbage collections
# and writes into its output.
import gc
import sys


def on_collect(phase, info):
    if phase == "stop":
        try:
            sys.stdout.write("PLANTED: gc ran in someone else's program\n")
        except Exception:
            pass


gc.callbacks.append(on_collect)
gc.set_threshold(10)
print("gc callback installed")
