"""Exceptions the runner observed, rebuilt for the checks: `type(probe.error).__name__`,
`str(probe.error)` and `isinstance(probe.error, ConnectionError)` work as on the real object.

Only the class names of the exception's MRO and its message crossed over. The rebuilt class is named
after the observed one and subclasses the nearest built-in exception of that MRO (Python's, or
asyncio's), else Exception. Nothing of the learner's code exists here.
"""
from __future__ import annotations

import asyncio
import builtins
from typing import Any

KNOWN: dict[str, type[BaseException]] = {
    name: value for name, value in vars(builtins).items()
    if isinstance(value, type) and issubclass(value, BaseException)
}
for _name in ("CancelledError", "InvalidStateError", "IncompleteReadError", "LimitOverrunError", "QueueEmpty",
              "QueueFull", "QueueShutDown", "SendfileNotAvailableError", "BrokenBarrierError", "TimeoutError"):
    _found = getattr(asyncio, _name, None)
    if isinstance(_found, type) and issubclass(_found, BaseException):
        KNOWN.setdefault(_name, _found)


def nearest_known(names: list[str]) -> type[BaseException]:
    for name in names:
        if name in KNOWN:
            return KNOWN[name]
    return Exception


def rebuild(observed: dict[str, Any]) -> BaseException:
    """An instance standing for the observed exception {"type", "names", "message"}."""
    name, names, message = observed["type"], observed["names"], observed["message"]
    base = nearest_known(names)
    cls = _class(name, base, message)
    try:
        instance = _instance(cls, base, message)
    except Exception:  # noqa: BLE001 — a built-in whose constructor wants more: stand in plainly
        cls = _class(name, Exception, message)
        instance = cls(message)
    return instance


def _class(name: str, base: type[BaseException], message: str) -> type[BaseException]:
    namespace = {"__str__": lambda self: message, "__module__": "observed", "__qualname__": name}
    return type(name, (base,), namespace)


def _instance(cls: type[BaseException], base: type[BaseException], message: str) -> BaseException:
    if issubclass(base, BaseExceptionGroup):
        instance = cls(message, [Exception(message)])
    else:
        instance = cls.__new__(cls)
    instance.args = (message,)
    return instance
