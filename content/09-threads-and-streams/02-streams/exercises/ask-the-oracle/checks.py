import ast

from looplab_checks import check, expect, fail

EXPECTED = """\
['Paris', '4', 'no idea']
None
"""


def method_calls(function, method):
    """The calls `something.method(...)` inside `function`'s body, each with whether it is awaited."""
    awaited = {id(node.value) for node in ast.walk(function) if isinstance(node, ast.Await)}
    return [
        id(node) in awaited
        for node in ast.walk(function)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == method
    ]


@check("ask() gets each answer from the server it connects to")
def answers_from_the_server(run):
    probe = run.probe("another-server")
    if probe.stopped:
        fail("Asked three questions of a server that answers at once, ask() never returned: "
             "write each question as a line, then await reader.readline() for its answer.")
    if probe.error is not None:
        fail(f"Asked three questions of a server that is listening, ask() raised {type(probe.error).__name__}: {probe.error}")
    if probe.value != ["desserts", "reward", "evil"]:
        fail(
            "Asked \"stressed\", \"drawer\" and \"live\" of a server that answers each line reversed, ask() returned "
            f"{probe.value!r} instead of ['desserts', 'reward', 'evil']: send each question as one line and read "
            "one answer line for it, without its newline."
        )


@check("ask() returns None when no server listens")
def none_when_refused(run):
    probe = run.probe("nobody-listening")
    if probe.error is not None and type(probe.error).__name__ == "ConnectionRefusedError":
        fail(
            "When no server listens on the port, ask() raised ConnectionRefusedError. Catch it around "
            "asyncio.open_connection and return None."
        )
    if probe.error is not None:
        fail(f"When no server listens on the port, ask() raised {type(probe.error).__name__}: {probe.error}; it should return None.")
    if probe.value is not None:
        fail(f"When no server listens on the port, ask() returned {probe.value!r} instead of None.")


@check("ask() closes its connection and waits until it is closed")
def closes_properly(run):
    info = run.code.function("ask")
    if info is None:
        fail("The program has no ask() function.")
    if not method_calls(info.node, "close"):
        fail(
            "ask() leaves its connection open: when the answers are in, close it with writer.close() and "
            "await writer.wait_closed()."
        )
    if not any(method_calls(info.node, "wait_closed")):
        fail(
            "ask() calls writer.close() but does not wait for the connection to close: add "
            "await writer.wait_closed() after it."
        )


expect.runs_ok()
expect.output(EXPECTED)
