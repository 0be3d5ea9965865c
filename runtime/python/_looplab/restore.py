"""Undo stacks and namespace snapshots: whatever a run changes, the next run never sees."""
from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any


class UndoStack:
    def __init__(self) -> None:
        self._undo: list[Callable[[], object]] = []

    def push(self, undo: Callable[[], object]) -> None:
        """`undo` runs at unwind(); what it returns is ignored (signal.signal returns the old handler)."""
        self._undo.append(undo)

    def setattr(self, obj: Any, name: str, value: Any) -> None:
        missing = object()
        old = getattr(obj, name, missing) if name in _own_names(obj) else missing
        setattr(obj, name, value)
        if old is missing:
            self.push(lambda: _delattr_quietly(obj, name))
        else:
            self.push(lambda: setattr(obj, name, old))

    def unwind(self) -> list[BaseException]:
        """Undo everything, newest first; one failing step never stops the others."""
        errors: list[BaseException] = []
        while self._undo:
            undo = self._undo.pop()
            try:
                undo()
            except BaseException as exc:  # noqa: BLE001 — restoring must go on regardless
                errors.append(exc)
        return errors


def _own_names(obj: Any) -> Any:
    try:
        return vars(obj)
    except TypeError:
        return ()


def _delattr_quietly(obj: Any, name: str) -> None:
    try:
        delattr(obj, name)
    except AttributeError:
        pass


_ABSENT = object()
_SKIP = frozenset({"__dict__", "__weakref__"})


def _restore_namespace(current: Any, saved: dict[str, Any], delete: Callable[[str], None],
                       assign: Callable[[str, Any], None]) -> None:
    for key in [k for k in current if k not in saved and k not in _SKIP]:
        delete(key)
    for key, value in saved.items():
        if key not in _SKIP and current.get(key, _ABSENT) is not value:
            assign(key, value)


class Pristine:
    """Namespaces as they were before the first run (module dicts and the dicts of the classes
    they define). After every run, whichever differs is put back; comparing dicts is done in C,
    so a run that changed nothing costs a few microseconds per namespace."""

    def __init__(self, prefixes: tuple[str, ...], extra: tuple[Any, ...]) -> None:
        dotted = tuple(p + "." for p in prefixes)
        modules = [m for name, m in list(sys.modules.items())
                   if m is not None and (name in prefixes or name.startswith(dotted))]
        modules += list(extra)
        self._entries: list[tuple[Any, dict[str, Any], bool]] = []
        for module in modules:
            self._entries.append((module, dict(vars(module)), False))
            for value in list(vars(module).values()):
                if (isinstance(value, type) and getattr(value, "__module__", "") == module.__name__
                        and value.__flags__ & (1 << 9)):  # heap types only: C types are immutable
                    self._entries.append((value, dict(vars(value)), True))

    def restore(self) -> None:
        for owner, saved, is_class in reversed(self._entries):
            current = vars(owner)
            if current == saved:
                continue
            if is_class:
                _restore_namespace(current, saved, lambda k, o=owner: delattr(o, k),
                                   lambda k, v, o=owner: setattr(o, k, v))
            else:
                _restore_namespace(current, saved, current.__delitem__, current.__setitem__)
