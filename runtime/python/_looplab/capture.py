"""stdout/stderr as events stamped with virtual time, and the output limit.

Capture happens at write(), so flushing (or not) never changes what is recorded.
"""
from __future__ import annotations

import io
from typing import Any, Callable

from .state import RunAborted


class Capture:
    def __init__(self, limit_bytes: int, now: Callable[[], float], task: Callable[[], Any]) -> None:
        self.limit = limit_bytes
        self.used = 0
        self._events: list[dict[str, Any]] = []
        self._pieces: list[list[str]] = []
        self._last_key: Any = None
        self.parts: dict[str, list[str]] = {"stdout": [], "stderr": []}
        self.frozen = False  # after an abort nothing more is recorded: the program "stopped" there
        self._now = now
        self._task = task
        self.deferred: list[tuple[float, str, str]] | None = None  # set while a "thread" runs inline
        self.on_limit: Callable[[str], None] | None = None

    def reset(self) -> None:
        """Forget everything recorded so far (grading probes start from an empty record)."""
        self.used = 0
        self._events.clear()
        self._pieces.clear()
        self._last_key = None
        self.parts = {"stdout": [], "stderr": []}

    def write(self, stream: str, text: str) -> None:
        if self.frozen or not text:
            return
        if self.deferred is not None:
            self.deferred.append((self._now(), stream, text))
            return
        self.emit(stream, text, self._task())

    def emit(self, stream: str, text: str, task: Any = None) -> None:
        if self.frozen or not text:
            return
        size = len(text.encode("utf-8", "surrogatepass"))
        over = self.used + size > self.limit
        if over:
            room = max(0, self.limit - self.used)
            text = text.encode("utf-8", "surrogatepass")[:room].decode("utf-8", "ignore")
            size = room
        self.used += size
        if text:
            self._record(stream, text, task)
        if over:
            if self.on_limit is not None:
                self.on_limit("output-limit")
            self.frozen = True
            raise RunAborted("output-limit")

    def append_note(self, stream: str, text: str) -> None:
        """Harness messages (deadlock explanation…): recorded even when frozen, never limited."""
        self._record(stream, text, None)

    def _record(self, stream: str, text: str, task: Any) -> None:
        self.parts[stream].append(text)
        t = round(self._now(), 6)
        key = (t, stream, task)
        if key == self._last_key:  # print() writes text and "\n" separately: one event
            self._pieces[-1].append(text)
            return
        self._last_key = key
        self._pieces.append([text])
        event: dict[str, Any] = {"t": t, "stream": stream, "text": ""}
        if task is not None:
            event["task"] = task
        self._events.append(event)

    @property
    def events(self) -> list[dict[str, Any]]:
        for event, pieces in zip(self._events, self._pieces):
            if len(pieces) > 1:
                pieces[:] = ["".join(pieces)]
            event["text"] = pieces[0]
        return self._events

    def text(self, stream: str) -> str:
        parts = self.parts[stream]
        if len(parts) > 1:
            parts[:] = ["".join(parts)]
        return parts[0] if parts else ""


class _BytesWriter(io.RawIOBase):
    """sys.stdout.buffer: bytes written here are decoded and captured like text."""

    def __init__(self, stream: "CapturedStream") -> None:
        self._stream = stream

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        data = bytes(data)
        self._stream.write(data.decode("utf-8", "replace"))
        return len(data)


class CapturedStream(io.TextIOBase):
    """What the program sees as sys.stdout / sys.stderr."""

    def __init__(self, capture: Capture, name: str) -> None:
        self._capture = capture
        self._name = name
        self.buffer = _BytesWriter(self)

    @property
    def name(self) -> str:
        return f"<{self._name}>"

    @property
    def encoding(self) -> str:
        return "utf-8"

    @property
    def errors(self) -> str:
        return "strict"

    @property
    def line_buffering(self) -> bool:
        return False

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise io.UnsupportedOperation("fileno")

    def reconfigure(self, **_options: Any) -> None:
        """Accepted and ignored: encoding is always UTF-8 here."""

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        self._capture.write(self._name, text)
        return len(text)

    def flush(self) -> None:
        pass


class StdinStream(io.StringIO):
    """sys.stdin: the request's stdin, then EOF (input() raises EOFError, as with `< file`)."""

    @property
    def name(self) -> str:  # type: ignore[override]
        return "<stdin>"

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise io.UnsupportedOperation("fileno")
