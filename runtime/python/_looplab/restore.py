"""Undo stacks and namespace snapshots: whatever a run changes, the next run never sees."""
from __future__ import annotations

import sys
from typing import Any, Callable


class UndoStack:
    def __init__(self) -> None:
        self._undo: list[Callable[[], None]] = []

    def push(self, undo: Callable[[], None]) -> None:
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


def snapshot_module(module: Any) -> Callable[[], None]:
    namespace = vars(module)
    saved = dict(namespace)

    def restore() -> None:
        for key in [k for k in namespace if k not in saved]:
            del namespace[key]
        for key, value in saved.items():
            if namespace.get(key, _ABSENT) is not value:
                namespace[key] = value

    return restore


_ABSENT = object()
_SKIP = frozenset({"__dict__", "__weakref__"})


def snapshot_class(cls: type) -> Callable[[], None] | None:
    if not hasattr(cls, "__dict__") or cls.__flags__ & (1 << 9) == 0:  # not a heap type: immutable
        return None
    saved = {k: v for k, v in vars(cls).items() if k not in _SKIP}

    def restore() -> None:
        current = vars(cls)
        for key in [k for k in current if k not in saved and k not in _SKIP]:
            delattr(cls, key)
        for key, value in saved.items():
            if current.get(key, _ABSENT) is not value:
                setattr(cls, key, value)

    return restore


def snapshot_packages(prefixes: tuple[str, ...], extra: tuple[Any, ...]) -> Callable[[], None]:
    """Module dicts (and their classes) of stdlib packages a learner might monkeypatch."""
    modules = [m for name, m in list(sys.modules.items())
               if m is not None and (name in prefixes or name.startswith(tuple(p + "." for p in prefixes)))]
    modules += list(extra)
    undo: list[Callable[[], None]] = []
    for module in modules:
        undo.append(snapshot_module(module))
        for value in list(vars(module).values()):
            if isinstance(value, type) and getattr(value, "__module__", "") == module.__name__:
                restore = snapshot_class(value)
                if restore is not None:
                    undo.append(restore)

    def restore_all() -> None:
        for step in reversed(undo):
            step()

    return restore_all
