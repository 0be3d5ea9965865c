"""LoopLab's simulated network: TCP streams between the parts of one program, on virtual time.

`asyncio.start_server` / `loop.create_server` listen on an in-memory port; `asyncio.open_connection`
/ `loop.create_connection` reach it through in-memory transports (transport.py) that deliver what
one side writes to the other after the link's latency and bandwidth. No socket is ever opened:
the audit hook (lockdown.py) still refuses real ones. docs/runtime-fidelity.md, "Network streams".

Hosts: this machine (`localhost`, `127.0.0.1`, `::1`, and `0.0.0.0` / `::` to listen on all of
them), plus the hosts a program declares with `looplab_network.set_link(...)` (api.py), which get
addresses from a range reserved for documentation (203.0.113.0/24, RFC 5737) so nobody mistakes
them for real ones. Any other name fails as a failed DNS lookup does, with words that say why.
"""
from __future__ import annotations

import errno
import ipaddress
import socket
from dataclasses import dataclass
from typing import Any

# What a connection costs when the program set nothing: the loopback of one machine.
LOCAL_LATENCY = 0.0
# A failed name lookup takes a moment (as the simulated aiohttp's does, web/sim_aiohttp.py).
FAILED_LOOKUP_SECONDS = 0.02
# Ports the system hands out for port 0 and for a client's end (Linux's ephemeral range).
EPHEMERAL_FIRST = 40000
EPHEMERAL_LAST = 60999
# The first descriptor a program's socket gets under `python main.py` (0-2 are the standard
# streams, 3-5 the loop's epoll and self-pipe); the kernel hands out the lowest free one.
FIRST_FD = 6
DECLARED_NETWORK = "203.0.113."
# The address this program's machine has when it talks to a declared host (TEST-NET-1).
THIS_MACHINE_OUTSIDE = "192.0.2.10"
SIMULATION = "LoopLab's simulated network"

Address = tuple[Any, ...]


@dataclass
class Link:
    """The path to one host: one-way latency in seconds, bandwidth in bytes per second (None:
    unlimited). The same both ways."""

    latency: float = LOCAL_LATENCY
    bandwidth: float | None = None


def _is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def _family(address: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in address else socket.AF_INET


def sockaddr(address: str, port: int) -> Address:
    """What getsockname() shows: (host, port), or (host, port, flowinfo, scope_id) for IPv6."""
    return (address, port, 0, 0) if ":" in address else (address, port)


def gaierror(host: str, why: str) -> socket.gaierror:
    code = getattr(socket, "EAI_NONAME", -2)
    return socket.gaierror(code, f"Name or service not known ({SIMULATION}: {why})".replace(
        "{host}", repr(host)))


class Network:
    """One run's network: declared hosts and their links, listening sockets, ports and fds."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}  # declared host name -> its address
        self.links: dict[str, Link] = {}  # address -> link (absent: the default for its kind)
        self.listeners: dict[tuple[str, int], Any] = {}  # (address, port) -> listening SimSocket
        self.bound: dict[tuple[str, int], Any] = {}  # every bound (address, port)
        self._next_port = EPHEMERAL_FIRST
        self._fds: set[int] = set()

    # ---- what a program declares (looplab_network, api.py) -------------------------------------
    def declare(self, host: str, latency: float | None, bandwidth: float | None) -> None:
        address = self._declared_address(host)
        link = self.links.setdefault(address, Link())
        if latency is not None:
            link.latency = latency
        if bandwidth is not None:
            link.bandwidth = bandwidth if bandwidth > 0 else None

    def _declared_address(self, host: str) -> str:
        name = host.lower()
        if name == "localhost":
            return "127.0.0.1"
        try:
            return str(ipaddress.ip_address(name))
        except ValueError:
            pass
        if name not in self.names:
            self.names[name] = f"{DECLARED_NETWORK}{len(self.names) + 10}"
        return self.names[name]

    def link(self, address: str) -> Link:
        return self.links.get(address) or Link()

    # ---- names -------------------------------------------------------------------------------
    def resolve(self, host: str | None, passive: bool = False) -> list[str]:
        """The addresses `host` stands for, as getaddrinfo gives them; gaierror for a name that
        exists nowhere in the simulation."""
        if host is None or host == "":
            if passive:
                return ["0.0.0.0", "::"]
            return ["127.0.0.1"]
        name = host.lower()
        if name == "localhost":
            return ["127.0.0.1"]
        try:
            return [str(ipaddress.ip_address(name.partition("%")[0]))]
        except ValueError:
            pass
        if name in self.names:
            return [self.names[name]]
        raise gaierror(host, "no host {host} here; a program reaches only this machine "
                             "(localhost) and the hosts it declares with looplab_network.set_link")

    def is_reachable(self, address: str) -> bool:
        return _is_loopback(address) or address in self.names.values()

    def can_bind(self, address: str) -> bool:
        return address in ("0.0.0.0", "::") or self.is_reachable(address)

    # ---- ports and descriptors ---------------------------------------------------------------
    def ephemeral_port(self) -> int:
        for _ in range(EPHEMERAL_LAST - EPHEMERAL_FIRST + 1):
            port = self._next_port
            self._next_port = port + 1 if port < EPHEMERAL_LAST else EPHEMERAL_FIRST
            if not any(bound_port == port for _addr, bound_port in self.bound):
                return port
        raise OSError(errno.EADDRNOTAVAIL, "Cannot assign requested address")

    def bind(self, address: str, port: int, owner: Any) -> int:
        """Reserve (address, port) for `owner`; port 0 picks a free one. EADDRINUSE as Linux:
        the same port on the same address, or on the wildcard address of the same family."""
        if not self.can_bind(address):
            raise OSError(errno.EADDRNOTAVAIL, "cannot assign requested address")
        if port == 0:
            port = self.ephemeral_port()
        wildcard = address in ("0.0.0.0", "::")
        for bound_address, bound_port in self.bound:
            if bound_port != port or _family(bound_address) != _family(address):
                continue
            if bound_address == address or wildcard or bound_address in ("0.0.0.0", "::"):
                raise OSError(errno.EADDRINUSE, "address already in use")
        self.bound[(address, port)] = owner
        return port

    def unbind(self, address: str, port: int) -> None:
        self.bound.pop((address, port), None)
        self.listeners.pop((address, port), None)

    def listener_for(self, address: str, port: int) -> Any:
        found = self.listeners.get((address, port))
        if found is None and _is_loopback(address):
            found = self.listeners.get(("::" if ":" in address else "0.0.0.0", port))
        return found

    def open_fd(self) -> int:
        fd = FIRST_FD
        while fd in self._fds:
            fd += 1
        self._fds.add(fd)
        return fd

    def close_fd(self, fd: int) -> None:
        self._fds.discard(fd)

    def local_address_towards(self, address: str) -> str:
        if _is_loopback(address):
            return address
        return THIS_MACHINE_OUTSIDE


__all__ = ["Address", "FAILED_LOOKUP_SECONDS", "Link", "Network", "SIMULATION", "gaierror", "sockaddr"]
