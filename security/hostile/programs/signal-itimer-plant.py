# Tries (persistence): a SIGALRM handler with signal.setitimer / signal.alarm that keeps firing into
# later programs.
import signal
import sys


def ring(signum, frame):
    sys.stdout.write("PLANTED: the alarm rings in someone else's program\n")


try:
    signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, 0.2, 0.2)
except Exception as exc:
    print("REFUSED: setitimer", type(exc).__name__, exc)
try:
    signal.alarm(1)
except Exception as exc:
    print("REFUSED: alarm", type(exc).__name__, exc)
print("alarm set")
