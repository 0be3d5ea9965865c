"""Which lines of the learner's entry file can start a task.

The harness stamps a task's `created` event with the innermost line of the entry file on the call
stack when the task is made (tasks.py, Tracker.created): a `create_task`/`gather`/`asyncio.run`…
call, or the call of a function of the learner's that makes the task further down. So an honest
`created` line is covered by a call whose expression mentions something that starts tasks: a name
ending in one of TASK_STARTERS (`asyncio.gather`, `tg.create_task`, `loop.run_until_complete`,
`map(asyncio.create_task, …)`), or a function, class or name of the learner's files that does so
itself, transitively (`spawn = asyncio.create_task`, `def launch(): … create_task(…)`).
Checked on the AST alone: nothing of the learner's code runs here.
"""
from __future__ import annotations

import ast
from collections.abc import Iterable

TASK_STARTERS = frozenset({
    "create_task", "ensure_future", "gather", "wait", "wait_for", "as_completed", "shield", "run",
    "run_until_complete", "run_coroutine_threadsafe", "start_server", "open_connection", "TaskGroup",
    "timeout", "to_thread", "run_in_executor", "Runner",
    # `unittest.main()` runs IsolatedAsyncioTestCase tests, each in an event loop of its own.
    "main",
})

_DEFINITIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


def task_lines(entry: ast.Module, others: Iterable[ast.Module] = ()) -> set[int]:
    """Lines of `entry` covered by a call that mentions a task starter."""
    starters = TASK_STARTERS | _learner_starters([entry, *others])
    marked: set[int] = set()  # ids of the calls that mention a starter
    lines: set[int] = set()
    pending: list[tuple[ast.AST, tuple[ast.Call, ...]]] = [(entry, ())]
    while pending:  # one pass, with each node's enclosing calls: no recursion on a deep tree
        node, calls = pending.pop()
        if _last(node) in starters:
            for call in reversed(calls):
                if id(call) in marked:
                    break  # and so are the calls around it
                marked.add(id(call))
                lines.update(range(call.lineno, (call.end_lineno or call.lineno) + 1))
        inner = (*calls, node) if isinstance(node, ast.Call) else calls
        pending.extend((child, inner) for child in ast.iter_child_nodes(node))
    return lines


def _last(node: ast.AST) -> str | None:
    """The last part of a dotted name: `tg.create_task` → "create_task"."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _names_in(tree: ast.AST) -> set[str]:
    return {name for node in ast.walk(tree) if (name := _last(node)) is not None}


def _learner_starters(trees: list[ast.Module]) -> set[str]:
    """Names the learner's files give to things that start tasks (functions, classes, and names
    assigned or imported from them), transitively: a function calling one is one too."""
    mentions: list[tuple[str, set[str]]] = []  # (a name the learner defines, the names its definition mentions)
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, _DEFINITIONS):
                body: set[str] = set()
                for part in [*node.body, *node.decorator_list]:
                    body |= _names_in(part)
                mentions.append((node.name, body))
            elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign, ast.NamedExpr)) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                value = _names_in(node.value)
                for target in targets:
                    for name in _names_in(target):
                        mentions.append((name, value))
            elif isinstance(node, ast.ImportFrom):
                for alias in node.names:  # `from helpers import launch as go` in a multi-file program
                    mentions.append((alias.asname or alias.name, {alias.name}))
    mentioned_by: dict[str, list[str]] = {}
    for name, body in mentions:
        for used in body:
            mentioned_by.setdefault(used, []).append(name)
    starters: set[str] = set()
    frontier = [name for starter in TASK_STARTERS for name in mentioned_by.get(starter, ())]
    while frontier:
        name = frontier.pop()
        if name in starters or name in TASK_STARTERS:
            continue
        starters.add(name)
        frontier.extend(mentioned_by.get(name, ()))
    return starters
