"""Encoded values (runtime/python/PROTOCOL.md, "Encoded values") back into plain Python values.

Everything here came from the interpreter that ran the learner's code, so it is data to check,
never trust: any shape outside the scheme, or beyond its bounds, is a Mismatch.
"""
from __future__ import annotations

import math
import re
from typing import Any

from ..observing.encode import MAX_DEPTH, MAX_NODES, MAX_STRING_BYTES, REPR_LIMIT
from .exceptions import rebuild
from .mismatch import Mismatch
from .shape import check_exception

_FLOAT = re.compile(r"-?(?:\d+\.\d*|\d+)(?:e[+-]?\d+)?")
_INT = re.compile(r"-?\d{1,4300}")
_TAGS = {"$int", "$float", "$tuple", "$dict", "$map", "$set", "$frozenset", "$exception"}


class Opaque:
    """A value the runner could only show as its repr: equal only to the same repr of the same type."""

    __slots__ = ("text", "type_name")

    def __init__(self, text: str, type_name: str) -> None:
        self.text = text
        self.type_name = type_name

    def __repr__(self) -> str:
        return self.text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Opaque) and (self.text, self.type_name) == (other.text, other.type_name)

    def __hash__(self) -> int:
        return hash((self.text, self.type_name))


def decode(value: Any) -> Any:
    return _Decoder().decode(value, 0)


class _Decoder:
    def __init__(self) -> None:
        self.nodes = 0

    def decode(self, value: Any, depth: int) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES or depth > MAX_DEPTH + 1:
            raise Mismatch("a value the scenario returned is larger or deeper than values may be")
        if value is None or isinstance(value, bool):
            return value
        if isinstance(value, int):
            if abs(value) > 2**53:
                raise Mismatch("an integer was sent as a plain number beyond 2**53")
            return value
        if isinstance(value, float):
            if not math.isfinite(value) or value.is_integer():
                raise Mismatch("a float was sent as a plain number that is not a finite fraction")
            return value
        if isinstance(value, str):
            if len(value.encode("utf-8", "surrogatepass")) > MAX_STRING_BYTES:
                raise Mismatch("a string the scenario returned is longer than 64 KiB")
            return value
        if isinstance(value, list):
            return [self.decode(item, depth + 1) for item in value]
        if isinstance(value, dict):
            return self._tagged(value, depth)
        raise Mismatch(f"a value of JSON type {type(value).__name__} is not part of the encoding")

    def _tagged(self, value: dict[str, Any], depth: int) -> Any:
        keys = set(value)
        if keys == {"$repr", "$type"}:
            text, name = value["$repr"], value["$type"]
            if not (isinstance(text, str) and isinstance(name, str) and len(text) <= REPR_LIMIT
                    and 0 < len(name) <= REPR_LIMIT):
                raise Mismatch("a `$repr` value is malformed")
            return Opaque(text, name)
        if len(keys) != 1 or not keys <= _TAGS:
            raise Mismatch(f"an encoded value has the keys {sorted(keys)[:4]}, which the encoding does not use")
        (tag, inner), = value.items()
        if tag == "$int":
            if not isinstance(inner, str) or not _INT.fullmatch(inner):
                raise Mismatch("a `$int` value is not a decimal integer")
            return int(inner)
        if tag == "$float":
            return _float(inner)
        if tag == "$exception":
            check_exception(inner, "an exception the scenario returned")
            return rebuild(inner)
        if tag == "$dict":
            if not isinstance(inner, dict):
                raise Mismatch("a `$dict` value is not an object")
            return {key: self.decode(item, depth + 1) for key, item in inner.items()}
        if not isinstance(inner, list):
            raise Mismatch(f"a `{tag}` value is not an array")
        if tag == "$tuple":
            return tuple(self.decode(item, depth + 1) for item in inner)
        if tag == "$map":
            pairs = []
            for pair in inner:
                if not isinstance(pair, list) or len(pair) != 2:
                    raise Mismatch("a `$map` entry is not a [key, value] pair")
                pairs.append((self.decode(pair[0], depth + 1), self.decode(pair[1], depth + 1)))
            return _hashed(dict, pairs)
        items = [self.decode(item, depth + 1) for item in inner]
        return _hashed(set if tag == "$set" else frozenset, items)


def _float(text: Any) -> float:
    if text in ("nan", "inf", "-inf"):
        return float(text)
    if not isinstance(text, str) or len(text) > 32 or not _FLOAT.fullmatch(text):
        raise Mismatch("a `$float` value is not a float literal")
    number = float(text)
    if not math.isfinite(number):
        raise Mismatch("a `$float` value is not a float literal")
    return number


def _hashed(kind: Any, items: Any) -> Any:
    try:
        return kind(items)
    except TypeError:
        raise Mismatch("a set or map holds a value that cannot be a key") from None
