"""stdout/stderr as events stamped with virtual time, and the output limit.

Capture happens at write(), so flushing (or not) never changes what is recorded.
"""
from __future__ import annotations

import heapq
import io
from collections.abc import Callable
from typing import Any

from .records import OutputEvent, Stream

from .state import RunAborted

# Output events kept apart at most (as the timeline's 20,000, tasks.py): past it, a write joins
# the last event of its stream, so every character is still there, in order per stream, and only
# the tail's timing and task are coarser. A page draws these; a million tiny writes must not make
# a million rows (docs/architecture.md, "The shapes").
EVENT_CAP = 20_000


class Capture:
    def __init__(self, limit_bytes: int, now: Callable[[], float], task: Callable[[], int | None],
                 thread_time: Callable[[], float | None] = lambda: None,
                 hold: Callable[[], float | None] = lambda: None) -> None:
        self.limit = limit_bytes
        self.used = 0
        self._events: list[OutputEvent] = []
        self._pieces: list[list[str]] = []
        self._last_key: tuple[float, Stream, int | None] | None = None
        self._last_of: dict[Stream, int] = {}
        self.parts: dict[Stream, list[str]] = {"stdout": [], "stderr": []}
        self.frozen = False  # after an abort nothing more is recorded: the program "stopped" there
        self._now = now
        self._task = task
        # What simulated threads wrote, by their time: shown once the main timeline gets there
        # (a thread runs ahead of the rest, on its own clock; threads.py).
        self._thread_time = thread_time
        # The earliest start of a thread whose code has not run yet: output written after that
        # instant waits, since the thread's own may come first.
        self._hold = hold
        self._pending: list[tuple[float, int, Stream, str, int | None]] = []
        self._seq = 0
        self._last_t = 0.0
        self.on_limit: Callable[[str], None] | None = None

    def reset(self) -> None:
        """Forget everything recorded so far (grading probes start from an empty record)."""
        self.used = 0
        self._events.clear()
        self._pieces.clear()
        self._last_key = None
        self._last_of.clear()
        self.parts = {"stdout": [], "stderr": []}
        self._pending.clear()
        self._last_t = 0.0

    def write(self, stream: Stream, text: str) -> None:
        if self.frozen or not text:
            return
        at = self._thread_time()
        if at is not None:
            if at >= 0:  # (a thread being unwound past the time limit prints nothing more)
                self._seq += 1
                heapq.heappush(self._pending, (at, self._seq, stream, text, None))
            return
        now = self._now()
        hold = self._hold()
        if hold is not None and hold < now:
            self._seq += 1
            heapq.heappush(self._pending, (now, self._seq, stream, text, self._task()))
            self.flush_until(hold)
            return
        if self._pending:
            self.flush_until(now)
        self.emit(stream, text, self._task())

    def flush_until(self, until: float) -> None:
        """Show what threads (and the main thread meanwhile) wrote up to `until`, in time order."""
        pending = self._pending
        while pending and pending[0][0] <= until and not self.frozen:
            at, _seq, stream, text, task = heapq.heappop(pending)
            self.emit(stream, text, task, at)

    def emit(self, stream: Stream, text: str, task: int | None = None, at: float | None = None) -> None:
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
            self._record(stream, text, task, at)
        if over:
            if self.on_limit is not None:
                self.on_limit("output-limit")
            self.frozen = True
            raise RunAborted("output-limit")

    def append_note(self, stream: Stream, text: str) -> None:
        """Harness messages (deadlock explanation…): recorded even when frozen, never limited."""
        self._record(stream, text, None)

    def _record(self, stream: Stream, text: str, task: int | None, at: float | None = None) -> None:
        self.parts[stream].append(text)
        t = round(self._now() if at is None else at, 6)
        if t < self._last_t:  # never back in time (a thread started late keeps its own stamps)
            t = self._last_t
        self._last_t = t
        key = (t, stream, task)
        if key == self._last_key:  # print() writes text and "\n" separately: one event
            self._pieces[-1].append(text)
            return
        last = self._last_of.get(stream)
        if len(self._events) >= EVENT_CAP and last is not None:
            self._pieces[last].append(text)
            return
        self._last_key = key
        self._last_of[stream] = len(self._events)
        self._pieces.append([text])
        event: OutputEvent = {"t": t, "stream": stream, "text": ""}
        if task is not None:
            event["task"] = task
        self._events.append(event)

    @property
    def events(self) -> list[OutputEvent]:
        for event, pieces in zip(self._events, self._pieces, strict=False):
            if len(pieces) > 1:
                pieces[:] = ["".join(pieces)]
            event["text"] = pieces[0]
        return self._events

    def text(self, stream: Stream) -> str:
        parts = self.parts[stream]
        if len(parts) > 1:
            parts[:] = ["".join(parts)]
        return parts[0] if parts else ""


class _BytesWriter(io.RawIOBase):
    """sys.stdout.buffer: bytes written here are decoded and captured like text."""

    def __init__(self, stream: CapturedStream) -> None:
        self._stream = stream

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        data = bytes(data)
        self._stream.write(data.decode("utf-8", "replace"))
        return len(data)


class CapturedStream(io.TextIOBase):
    """What the program sees as sys.stdout / sys.stderr."""

    def __init__(self, capture: Capture, name: Stream) -> None:
        self._capture = capture
        self._name: Stream = name
        self.buffer = _BytesWriter(self)

    @property
    def name(self) -> str:
        return f"<{self._name}>"

    # Read-only, as on the real sys.stdout; typeshed declares them as plain attributes of TextIOBase.
    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "utf-8"

    @property
    def errors(self) -> str:  # type: ignore[override]
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
    def name(self) -> str:
        return "<stdin>"

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise io.UnsupportedOperation("fileno")
