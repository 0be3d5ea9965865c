# Tries (persistence): register an atexit handler both with the run's atexit and with a fresh import
# of the atexit module (hoping for the interpreter's real list), so it runs after later programs.
import atexit
import sys


def linger():
    sys.stdout.write("PLANTED: an earlier program's atexit handler\n")


atexit.register(linger)
sys.modules.pop("atexit", None)
import atexit as fresh_atexit  # noqa: E402

fresh_atexit.register(linger)
print("atexit handler registered twice, fresh module:", fresh_atexit is not atexit)
