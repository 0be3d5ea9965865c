# Tries (persistence): trace functions everywhere one can be set (sys.settrace, threading.settrace,
# the harness's own frames below this program) so later programs are traced and written into.
import sys
import threading


def tracer(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "greet":
        sys.stdout.write("PLANTED: traced someone else's greet()\n")
    return tracer


sys.settrace(tracer)
threading.settrace(tracer)
if hasattr(threading, "settrace_all_threads"):
    threading.settrace_all_threads(tracer)
frame = sys._getframe().f_back
while frame is not None:
    frame.f_trace = tracer
    frame = frame.f_back
print("tracers installed")
