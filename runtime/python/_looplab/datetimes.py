"""datetime.datetime.now()/today()/utcnow() and datetime.date.today() on the virtual clock.

The C types cannot be patched, so a run sees subclasses that only replace those constructors.
They pass for the real classes: same repr (`datetime.datetime(2026, 1, 5, 9, 0)`), same type
name, and isinstance()/issubclass() accept instances the C code makes of the real classes.
"""
from __future__ import annotations

import datetime as _datetime
import sys
import warnings
from typing import Any

from . import state
from .clock import EPOCH

REAL_DATETIME = _datetime.datetime
REAL_DATE = _datetime.date


def _virtual_now() -> float | None:
    run = state.active
    if run is None or run.realtime:
        return None
    return EPOCH + run.clock.tick()


class _PassesForReal(type):
    """isinstance(x, datetime) stays true for datetimes made by C code of the real class."""

    @property
    def __name__(cls) -> str:  # type: ignore[override]
        return cls.__qualname__

    def __instancecheck__(cls, obj: Any) -> bool:
        return isinstance(obj, cls.__bases__[0])

    def __subclasscheck__(cls, sub: Any) -> bool:
        return issubclass(sub, cls.__bases__[0])


class VirtualDatetime(REAL_DATETIME, metaclass=_PassesForReal):
    @classmethod
    def now(cls, tz: Any = None) -> Any:
        now = _virtual_now()
        return REAL_DATETIME.now.__func__(cls, tz) if now is None else cls.fromtimestamp(now, tz)

    @classmethod
    def today(cls) -> Any:
        return cls.now()

    @classmethod
    def utcnow(cls) -> Any:
        if sys.version_info >= (3, 12):
            warnings.warn(
                "datetime.datetime.utcnow() is deprecated and scheduled for removal in a future "
                "version. Use timezone-aware objects to represent datetimes in UTC: "
                "datetime.datetime.now(datetime.UTC).", DeprecationWarning, stacklevel=2)
        return cls.now(_datetime.UTC).replace(tzinfo=None)


class VirtualDate(REAL_DATE, metaclass=_PassesForReal):
    @classmethod
    def today(cls) -> Any:
        now = _virtual_now()
        return REAL_DATE.today.__func__(cls) if now is None else cls.fromtimestamp(now)


for _cls, _name in ((VirtualDatetime, "datetime"), (VirtualDate, "date")):
    # the C repr prints the type's tp_name: make it the real one's
    type.__dict__["__name__"].__set__(_cls, f"datetime.{_name}")
    _cls.__qualname__ = _name
    _cls.__module__ = "datetime"


def install(undo: Any) -> None:
    undo.setattr(_datetime, "datetime", VirtualDatetime)
    undo.setattr(_datetime, "date", VirtualDate)
