"""What a scenario returned or raised, as JSON the judge can trust to be plain data.

The Encoded scheme (runtime/python/PROTOCOL.md, "Encoded values"): None, bools, ints up to 2**53,
strings and lists are JSON as they are; everything else is one object with a single `$` key:
`{"$int": "…"}` (larger ints), `{"$float": "nan"|"inf"|"-inf"|"1.0"}` (floats that are not finite,
or integral: JavaScript would turn 1.0 into 1 on the way to the judge), `{"$tuple": […]}`,
`{"$dict": {…}}` (str keys), `{"$map": [[k, v], …]}` (other keys), `{"$set": […]}`,
`{"$frozenset": […]}`, `{"$exception": ObservedException}`, and `{"$repr": "…", "$type": "Name"}` for
anything else. Deeper than 20 levels, more than 10 000 values or a string over 64 KiB: `$repr`.

Encoding runs inside the probe's run (a learner's `__repr__` or `__str__` runs sandboxed there), reads
containers through the built-in types' own methods (a subclass cannot lie about its items) and
never raises for anything a value does.
"""
from __future__ import annotations

import math
from typing import Any

MAX_DEPTH = 20
MAX_NODES = 10_000
MAX_STRING_BYTES = 64 * 1024
REPR_LIMIT = 200
MESSAGE_LIMIT = 16_000  # characters of an exception's message
SAFE_INT = 2**53 - 1  # beyond this a JavaScript number loses digits on the way to the judge
_NAME = type.__dict__["__name__"]
_MRO = type.__dict__["__mro__"]


class _TooMany(Exception):
    """The value has more than MAX_NODES parts: it is shown as its repr instead."""


def encode(value: Any) -> Any:
    """The Encoded form of `value`; never raises (but for the run's own stops)."""
    try:
        return _Encoder().encode(value, 0)
    except Exception:  # noqa: BLE001 — too many parts, too deep for the stack, or a value that lies
        return as_repr(value)


def type_name(cls: type) -> str:
    """A class's own name, read from the type itself (a metaclass cannot override it)."""
    try:
        return str(_NAME.__get__(cls, type))
    except Exception:  # noqa: BLE001 — not a class after all
        return "object"


def mro_names(cls: type) -> list[str]:
    """Names of the class and its bases, most derived first, ending with "object"."""
    try:
        return [type_name(base) for base in _MRO.__get__(cls, type)]
    except Exception:  # noqa: BLE001
        return [type_name(cls), "object"]


def observed_exception(exc: BaseException) -> dict[str, Any]:
    """ObservedException: {"type", "names" (the MRO's class names), "message" (str(exc))}."""
    cls = type(exc)
    return {"type": type_name(cls), "names": mro_names(cls), "message": _message(exc)}


def observed_class(cls: type, message: str) -> dict[str, Any]:
    """The same for an exception of which only the class and message were kept."""
    return {"type": type_name(cls), "names": mro_names(cls), "message": _trim(message, MESSAGE_LIMIT)}


def as_repr(value: Any) -> dict[str, str]:
    try:
        text = repr(value)
        if not isinstance(text, str):
            raise TypeError("__repr__ returned a non-string")
        text = str.__str__(text)
        text.encode("utf-8")  # a lone surrogate could not cross as UTF-8
    except Exception:  # noqa: BLE001 — a learner's broken __repr__
        text = f"<{type_name(type(value))} object>"
    return {"$repr": _trim(text, REPR_LIMIT), "$type": type_name(type(value))}


def _message(exc: BaseException) -> str:
    try:
        text = str(exc)
        text = str.__str__(text) if isinstance(text, str) else "<unprintable message>"
        text.encode("utf-8")
    except Exception:  # noqa: BLE001 — a learner's broken __str__
        text = "<unprintable message>"
    return _trim(text, MESSAGE_LIMIT)


def _trim(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Encoder:
    def __init__(self) -> None:
        self.nodes = 0

    def encode(self, value: Any, depth: int) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _TooMany()
        if value is None or value is True or value is False:
            return value
        if depth > MAX_DEPTH:
            return as_repr(value)
        cls = type(value)  # never isinstance: an object can claim any __class__
        if issubclass(cls, int):
            return _int(int.__int__(value), value)
        if issubclass(cls, float):
            return _float(float.__float__(value))
        if issubclass(cls, str):
            return _string(str.__str__(value), value)
        if issubclass(cls, BaseException):
            return {"$exception": observed_exception(value)}
        if issubclass(cls, list):
            return [self.encode(item, depth + 1) for item in list.__iter__(value)]
        if issubclass(cls, tuple):
            return {"$tuple": [self.encode(item, depth + 1) for item in tuple.__iter__(value)]}
        if issubclass(cls, dict):
            return self._dict(value, depth)
        if issubclass(cls, frozenset):
            return {"$frozenset": [self.encode(item, depth + 1) for item in frozenset.__iter__(value)]}
        if issubclass(cls, set):
            return {"$set": [self.encode(item, depth + 1) for item in set.__iter__(value)]}
        return as_repr(value)

    def _dict(self, value: dict[Any, Any], depth: int) -> Any:
        items = list(dict.items(value))
        if all(type(key) is str for key, _ in items):
            if any(not _fits(key) for key, _ in items):
                return as_repr(value)
            return {"$dict": {key: self.encode(item, depth + 1) for key, item in items}}
        return {"$map": [[self.encode(key, depth + 1), self.encode(item, depth + 1)] for key, item in items]}


def _int(number: int, original: Any) -> Any:
    if -SAFE_INT <= number <= SAFE_INT:
        return number
    try:
        return {"$int": str(number)}
    except ValueError:  # more digits than int → str allows
        return {"$repr": f"<int with about {number.bit_length() * 3 // 10} digits>", "$type": type_name(type(original))}


def _float(number: float) -> Any:
    if math.isnan(number):
        return {"$float": "nan"}
    if math.isinf(number):
        return {"$float": "inf" if number > 0 else "-inf"}
    if number.is_integer():
        return {"$float": repr(number)}
    return number


def _string(text: str, original: Any) -> Any:
    if _fits(text):
        return text
    return as_repr(original)


def _fits(text: str) -> bool:
    if len(text) > MAX_STRING_BYTES:
        return False
    try:
        return len(text.encode("utf-8")) <= MAX_STRING_BYTES
    except UnicodeEncodeError:  # a lone surrogate could not cross as UTF-8
        return False


__all__ = ["MAX_DEPTH", "MAX_NODES", "MAX_STRING_BYTES", "REPR_LIMIT", "as_repr", "encode", "mro_names",
           "observed_class", "observed_exception", "type_name"]
