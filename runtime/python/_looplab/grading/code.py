"""The learner's code as checks see it: calls resolved through imports, with where they happen.

`time.sleep(1)`, `from time import sleep; sleep(1)` and `import time as t; t.sleep(1)` are all the
call "time.sleep". A name starting with a dot (".call_later") matches that method on anything.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass
from collections.abc import Iterator
from typing import TypeVar

_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
_Node = TypeVar("_Node", bound=ast.AST)


@dataclass(frozen=True)
class CallSite:
    name: str  # resolved dotted name, e.g. "asyncio.gather", "loop.call_later"
    line: int
    function: str | None  # innermost enclosing def, None at module level
    in_async: bool  # that def is an `async def`
    awaited: bool  # the call is the operand of `await`
    discarded: bool  # a statement of its own: what it returns is thrown away
    node: ast.Call


@dataclass(frozen=True)
class FunctionInfo:
    name: str
    is_async: bool
    line: int
    node: ast.FunctionDef | ast.AsyncFunctionDef


class Code:
    def __init__(self, source: str, filename: str = "main.py") -> None:
        self.source = source
        self.filename = filename
        try:
            self.tree: ast.Module | None = ast.parse(source, filename)
            self.syntax_error: SyntaxError | None = None
        except SyntaxError as exc:
            self.tree, self.syntax_error = None, exc
        self._aliases = _aliases(self.tree) if self.tree else {}
        self._calls = list(self._walk_calls()) if self.tree else []

    # ---- calls -------------------------------------------------------------------------------
    def calls(self, *names: str) -> list[CallSite]:
        """Every call to any of `names`, in source order."""
        return [site for site in self._calls if any(_matches(site.name, n) for n in names)]

    def uses(self, *names: str) -> bool:
        return bool(self.calls(*names))

    def unawaited(self, *names: str) -> list[CallSite]:
        return [site for site in self.calls(*names) if not site.awaited]

    def resolve(self, node: ast.AST) -> str | None:
        """The dotted name an expression refers to, through the imports (None if not a name)."""
        parts: list[str] = []
        while isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        if isinstance(node, ast.Call):  # asyncio.get_running_loop().call_later: keep the method
            inner = self.resolve(node.func)
            parts.append(f"{inner}()" if inner else "()")
        elif isinstance(node, ast.Name):
            parts.append(self._aliases.get(node.id, node.id))
        else:
            return None
        return ".".join(reversed(parts))

    # ---- definitions and statements ----------------------------------------------------------
    def function(self, name: str) -> FunctionInfo | None:
        for node in ast.walk(self.tree) if self.tree else ():
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name:
                return FunctionInfo(name, isinstance(node, ast.AsyncFunctionDef), node.lineno, node)
        return None

    def bare_excepts(self) -> list[int]:
        return [node.lineno for node in self._nodes(ast.ExceptHandler) if node.type is None]

    def imports(self, module: str) -> bool:
        for node in self._nodes(ast.Import, ast.ImportFrom):
            if isinstance(node, ast.Import):
                if any(_in_module(alias.name, module) for alias in node.names):
                    return True
            elif node.module and node.level == 0 and _in_module(node.module, module):
                return True
        return False

    def _nodes(self, *kinds: type[_Node]) -> Iterator[_Node]:
        if self.tree is None:
            return
        for node in ast.walk(self.tree):
            if isinstance(node, kinds):
                yield node

    def _walk_calls(self) -> Iterator[CallSite]:
        def visit(node: ast.AST, function: ast.AST | None, parent: ast.AST | None) -> Iterator[CallSite]:
            if isinstance(node, ast.Call):
                name = self.resolve(node.func)
                if name is not None:
                    yield CallSite(
                        name=name, line=node.lineno,
                        function=getattr(function, "name", None) if function is not None else None,
                        in_async=isinstance(function, ast.AsyncFunctionDef),
                        awaited=isinstance(parent, ast.Await),
                        discarded=isinstance(parent, ast.Expr), node=node)
            inner = node if isinstance(node, _FUNCTIONS) else function
            for child in ast.iter_child_nodes(node):
                yield from visit(child, inner, node)

        assert self.tree is not None
        yield from visit(self.tree, None, None)


def _matches(found: str, wanted: str) -> bool:
    if wanted.startswith("."):
        return found == wanted[1:] or found.endswith(wanted)
    return found == wanted


def _in_module(name: str, module: str) -> bool:
    return name == module or name.startswith(module + ".")


def _aliases(tree: ast.Module) -> dict[str, str]:
    """Local name → what it was imported as ("sleep" → "asyncio.sleep", "aio" → "asyncio")."""
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    aliases[alias.asname] = alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return aliases
