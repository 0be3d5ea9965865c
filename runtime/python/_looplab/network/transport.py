"""One end of a simulated TCP connection, with the behaviour of CPython's selector transport
(`asyncio.selector_events._SelectorSocketTransport`) that a protocol can observe: connection_made
first, data in order, EOF as eof_received (closing unless the protocol keeps it open),
connection_lost once, write-buffer flow control, pause_reading.

What one end writes travels to the other over the link (network/__init__.py, Link): it leaves
when the data written before it has left (size / bandwidth) and arrives `latency` later. Items in
flight wait in the receiver's FIFO inbox; each arrival timer takes the next one, so the order
holds even when two arrivals fall on the same instant.
"""
from __future__ import annotations

import collections
import errno
from asyncio import transports, trsock
from typing import Any

from . import Link
from .sockets import SimSocket

DATA, EOF, RESET = "data", "eof", "reset"
HIGH_WATER = 64 * 1024  # CPython's default write-buffer limits (FlowControlMixin)
SEGMENT = 16 * 1024  # how much leaves the write buffer at a time on a link with a bandwidth


class SimTransport(transports.Transport):
    def __init__(self, loop: Any, protocol: Any, sock: SimSocket, link: Link, server: Any = None) -> None:
        super().__init__({"socket": trsock.TransportSocket(sock),  # type: ignore[arg-type]
                          "sockname": sock.getsockname(), "peername": sock.getpeername()})
        self._loop = loop
        self._protocol = protocol
        self._sock: SimSocket | None = sock
        self._fd = sock.fileno()
        self._link = link
        self._server = server
        self.peer: SimTransport | None = None
        self._inbox: collections.deque[tuple[str, bytes]] = collections.deque()
        self._held: collections.deque[tuple[str, bytes]] = collections.deque()  # while paused
        self._connected = False
        self._reading = True
        self._closing = False
        self._eof_written = False
        self._lost = False
        self._writes_after_close = 0
        self._sending_until = 0.0  # when the data written so far has left this end
        self._buffered = 0
        self._high, self._low = HIGH_WATER, HIGH_WATER // 4
        self._protocol_paused = False
        if server is not None:
            _attach(server, self)

    # ---- the two ends meet -----------------------------------------------------------------
    def connect(self, at: float, waiter: Any = None) -> None:
        """connection_made at `at` (loop time), then `waiter` (create_connection's) is done."""
        self._loop.call_at(at, self._made, waiter)

    def _made(self, waiter: Any) -> None:
        if self._lost:
            return
        self._connected = True
        self._protocol.connection_made(self)
        if waiter is not None and not waiter.done():
            waiter.set_result(None)
        self._release_held()

    # ---- writing ---------------------------------------------------------------------------
    def write(self, data: Any) -> None:
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f"data argument must be a bytes-like object, not {type(data).__name__!r}")
        if self._eof_written:
            raise RuntimeError("Cannot call write() after write_eof()")
        if not data:
            return
        if self._closing or self._lost:
            self._writes_after_close += 1  # CPython drops them too (and logs after five)
            return
        self._send(DATA, bytes(data))

    def write_eof(self) -> None:
        if self._closing or self._eof_written:
            return
        self._eof_written = True
        self._send(EOF, b"")

    def can_write_eof(self) -> bool:
        return True

    def _send(self, kind: str, data: bytes) -> None:
        peer = self.peer
        now = self._loop.time()
        bandwidth = self._link.bandwidth
        leaves = max(now, self._sending_until)
        if bandwidth and data:
            self._buffered += len(data)
            for start in range(0, len(data), SEGMENT):  # the buffer drains as segments leave
                size = min(SEGMENT, len(data) - start)
                leaves += size / bandwidth
                self._loop.call_at(leaves, self._left, size)
            self._maybe_pause_protocol()
        self._sending_until = leaves
        if peer is not None:
            peer._inbox.append((kind, data))
            peer._loop.call_at(leaves + self._link.latency, peer._arrive)

    def _left(self, size: int) -> None:
        self._buffered -= size
        if self._protocol_paused and self._buffered <= self._low:
            self._protocol_paused = False
            self._protocol.resume_writing()

    def _maybe_pause_protocol(self) -> None:
        if self._buffered > self._high and not self._protocol_paused:
            self._protocol_paused = True
            self._protocol.pause_writing()

    def get_write_buffer_size(self) -> int:
        return self._buffered

    def get_write_buffer_limits(self) -> tuple[int, int]:
        return (self._low, self._high)

    def set_write_buffer_limits(self, high: int | None = None, low: int | None = None) -> None:
        if high is None:
            high = 64 * 1024 if low is None else 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(f"high ({high!r}) must be >= low ({low!r}) must be >= 0")
        self._high, self._low = high, low
        self._maybe_pause_protocol()

    # ---- reading ---------------------------------------------------------------------------
    def _arrive(self) -> None:
        item = self._inbox.popleft()
        if self._lost or self._closing:
            if item[0] == DATA and self.peer is not None:
                self.peer._send_back_reset()  # data reaching a closed socket: the kernel resets
            return
        if not self._connected or not self._reading:
            self._held.append(item)
            return
        self._deliver(item)

    def _deliver(self, item: tuple[str, bytes]) -> None:
        kind, data = item
        if kind == DATA:
            self._protocol.data_received(data)
        elif kind == EOF:
            self._reading = False
            if not self._protocol.eof_received():
                self.close()
        else:
            self._force_close(ConnectionResetError(errno.ECONNRESET, "Connection reset by peer"))

    def _release_held(self) -> None:
        while self._held and self._reading and not self._closing and not self._lost:
            self._deliver(self._held.popleft())

    def _send_back_reset(self) -> None:
        if not self._closing and not self._lost and self.peer is not None:
            self.peer._inbox.append((RESET, b""))
            self.peer._loop.call_at(self._loop.time() + self._link.latency, self.peer._arrive)

    def pause_reading(self) -> None:
        self._reading = False

    def resume_reading(self) -> None:
        if self._closing or self._reading:
            return
        self._reading = True
        self._loop.call_soon(self._release_held)

    def is_reading(self) -> bool:
        return self._reading and not self._closing

    # ---- closing ---------------------------------------------------------------------------
    def is_closing(self) -> bool:
        return self._closing

    def close(self) -> None:
        if self._closing:
            return
        self._closing = True
        if not self._eof_written:
            self._send(EOF, b"")
        self._eof_written = True
        # as CPython, connection_lost comes once what was written has left
        if self._sending_until > self._loop.time():
            self._loop.call_at(self._sending_until, self._connection_lost, None)
        else:
            self._loop.call_soon(self._connection_lost, None)

    def abort(self) -> None:
        self._force_close(None)

    def _force_close(self, exc: BaseException | None) -> None:
        if self._lost:
            return
        if not self._closing and exc is None:
            # the kernel sends FIN, or RST when received data was never read (still held here)
            held = any(kind == DATA for kind, _data in self._held)
            if held or not self._eof_written:
                self._send(RESET if held else EOF, b"")
            self._eof_written = True
        self._closing = True
        self._held.clear()
        self._loop.call_soon(self._connection_lost, exc)

    def _connection_lost(self, exc: BaseException | None) -> None:
        if self._lost:
            return
        self._lost = True
        try:
            if self._connected:
                self._protocol.connection_lost(exc)
        finally:
            if self._sock is not None:
                self._sock.close()
                self._sock = None
            server, self._server = self._server, None
            if server is not None:
                _detach(server, self)

    # ---- the rest of the Transport interface -----------------------------------------------
    def set_protocol(self, protocol: Any) -> None:
        self._protocol = protocol

    def get_protocol(self) -> Any:
        return self._protocol

    def __repr__(self) -> str:
        info = ["_SelectorSocketTransport"]
        if self._sock is None:
            info.append("closed")
        elif self._closing:
            info.append("closing")
        info.append(f"fd={self._fd}")
        if self._sock is not None and not self._loop.is_closed():
            info.append("read=polling" if self.is_reading() else "read=idle")
            state = "polling" if self._buffered else "idle"
            info.append(f"write=<{state}, bufsize={self._buffered}>")
        return f"<{' '.join(info)}>"


def _attach(server: Any, transport: SimTransport) -> None:
    """Server._attach() takes the transport since 3.13 (close_clients needs them)."""
    if server._attach.__code__.co_argcount == 2:
        server._attach(transport)
    else:
        server._attach()


def _detach(server: Any, transport: SimTransport) -> None:
    if server._detach.__code__.co_argcount == 2:
        server._detach(transport)
    else:
        server._detach()


SimTransport.__module__ = "asyncio.selector_events"
