"""The socket objects a program sees through `server.sockets` and `get_extra_info('socket')`:
enough of socket.socket for asyncio.trsock.TransportSocket and asyncio.Server, and nothing real."""
from __future__ import annotations

import errno
import socket
from typing import Any

from . import Address, Network, sockaddr


class SimSocket:
    """A TCP socket of the simulated network: a descriptor number, a name, maybe a peer."""

    def __init__(self, network: Network, address: str, port: int, peer: Address | None = None,
                 owns_port: bool = True) -> None:
        self._network = network
        self.family = socket.AF_INET6 if ":" in address else socket.AF_INET
        self.type = socket.SOCK_STREAM
        self.proto = socket.IPPROTO_TCP
        self.address, self.port = address, port
        self._peer = peer
        self._owns_port = owns_port  # an accepted connection shares its listener's port
        self._fd = network.open_fd()
        self.listening: tuple[Any, Any, Any] | None = None  # (loop, protocol factory, server)

    def fileno(self) -> int:
        return self._fd

    def getsockname(self) -> Address:
        return sockaddr(self.address, self.port)

    def getpeername(self) -> Address:
        if self._peer is None:
            raise OSError(errno.ENOTCONN, "Transport endpoint is not connected")
        return self._peer

    def listen(self, backlog: int = 0) -> None:
        pass  # listening starts when the loop serves it (loop._start_serving)

    def setblocking(self, flag: bool) -> None:
        pass

    def gettimeout(self) -> float | None:
        return 0.0

    def setsockopt(self, *args: Any) -> None:
        pass

    def getsockopt(self, *args: Any) -> int:
        return 0

    def close(self) -> None:
        if self._fd == -1:
            return
        self._network.close_fd(self._fd)
        self._fd = -1
        if self._owns_port:
            self._network.unbind(self.address, self.port)
        self.listening = None

    def __repr__(self) -> str:
        return (f"<socket.socket fd={self._fd}, family={self.family!s}, type={self.type!s}, "
                f"proto={self.proto}, laddr={self.getsockname()}>")
