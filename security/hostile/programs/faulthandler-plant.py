# Tries (persistence): faulthandler hooks that outlive the program, writing to the process's own file
# descriptor 2: dump tracebacks on SIGINT (the signal a Stop or time limit may use) and on a timer.
import faulthandler
import signal

for step, action in (
    ("enable", lambda: faulthandler.enable(file=2, all_threads=True)),
    ("register SIGINT", lambda: faulthandler.register(signal.SIGINT, file=2, all_threads=True, chain=False)),
    ("dump_traceback_later", lambda: faulthandler.dump_traceback_later(0.5, repeat=True, file=2)),
):
    try:
        action()
    except Exception as exc:
        print("REFUSED:", step, type(exc).__name__, exc)
    else:
        print("installed:", step)
