# Tries (persistence): an audit hook that outlives this program: it sees the source of every later
# program (another learner's code), leaks it into that program's output, and fails the grader's checks.
import sys

seen = []


def hook(event, args):
    if event == "compile" and args and isinstance(args[0], (str, bytes)):
        source = args[0] if isinstance(args[0], str) else args[0].decode(errors="replace")
        seen.append(source[:120])
        if "looplab_checks" in source:
            raise PermissionError("PLANTED: the checks may not be compiled")
    if event == "exec" and len(seen) > 1:
        sys.stdout.write("PLANTED: another program's code: " + seen[-1].replace("\n", " ")[:80] + "\n")


try:
    sys.addaudithook(hook)
except Exception as exc:
    print("REFUSED:", type(exc).__name__, exc)
else:
    print("audit hook installed")
