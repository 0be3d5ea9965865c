"""The event-loop methods asyncio's streams stand on, over the simulated network: the stock
`asyncio.open_connection`, `start_server`, StreamReader and StreamWriter run unchanged on top.

Also the refusal of subprocesses: `asyncio.create_subprocess_exec/_shell` call
`loop.subprocess_exec/_shell`, refused here with words a learner can act on
(docs/runtime-fidelity.md, "Subprocesses").
"""
from __future__ import annotations

import asyncio
import errno
import socket
from asyncio import base_events
from collections.abc import Callable
from typing import Any

from . import FAILED_LOOKUP_SECONDS, Network, sockaddr
from .sockets import SimSocket
from .transport import SimTransport

_STREAM_KINDS = (socket.SOCK_STREAM, socket.SOCK_DGRAM, socket.SOCK_RAW)
_PROTOS: dict[int, int] = {socket.SOCK_STREAM: socket.IPPROTO_TCP,
                           socket.SOCK_DGRAM: socket.IPPROTO_UDP, socket.SOCK_RAW: 0}


def _no_real_socket(what: str) -> OSError:
    return OSError(errno.ENETUNREACH, f"Network is unreachable (LoopLab's simulated network has "
                                      f"no real sockets: {what})")


def subprocess_refusal(what: str, program: Any) -> PermissionError:
    """What CPython raises when a program cannot be started (no permission to run it), naming
    the sandbox as the reason."""
    return PermissionError(errno.EPERM, f"the LoopLab sandbox cannot start other programs: {what} "
                                        f"would run {program!r} as a separate process, and a program "
                                        "here runs alone; run Python code with asyncio.to_thread or "
                                        "a coroutine instead")


class NetworkLoop:
    """Mixed into the virtual-time loop (loop.py). `_ll_run.network` is the run's Network."""

    _ll_run: Any
    call_at: Callable[..., Any]
    time: Callable[[], float]
    create_future: Callable[[], Any]

    def _ll_network(self) -> Network:
        return self._ll_run.network

    async def getaddrinfo(self, host: Any, port: Any, *, family: int = 0, type: int = 0,
                          proto: int = 0, flags: int = 0) -> list[tuple[Any, ...]]:
        network = self._ll_network()
        if isinstance(host, bytes):
            host = host.decode("idna")
        try:
            addresses = network.resolve(host, passive=bool(flags & socket.AI_PASSIVE))
        except socket.gaierror:
            await asyncio.sleep(FAILED_LOOKUP_SECONDS)
            raise
        number = _port_number(port)
        kinds = [type] if type else list(_STREAM_KINDS)
        infos = []
        for address in addresses:
            address_family = socket.AF_INET6 if ":" in address else socket.AF_INET
            if family and family != address_family:
                continue
            for kind in kinds:
                infos.append((address_family, socket.SocketKind(kind), proto or _PROTOS.get(kind, 0),
                              "", sockaddr(address, number)))
        if not infos:
            raise socket.gaierror(getattr(socket, "EAI_ADDRFAMILY", -9),
                                  "Address family for hostname not supported")
        return infos

    async def create_connection(self, protocol_factory: Callable[[], Any], host: Any = None,
                                port: Any = None, *, ssl: Any = None, family: int = 0,
                                proto: int = 0, flags: int = 0, sock: Any = None,
                                local_addr: Any = None, server_hostname: Any = None,
                                ssl_handshake_timeout: Any = None, ssl_shutdown_timeout: Any = None,
                                happy_eyeballs_delay: Any = None, interleave: Any = None,
                                all_errors: bool = False) -> tuple[Any, Any]:
        if server_hostname is not None and not ssl:
            raise ValueError("server_hostname is only meaningful with ssl")
        if ssl_handshake_timeout is not None and not ssl:
            raise ValueError("ssl_handshake_timeout is only meaningful with ssl")
        if sock is not None:
            raise _no_real_socket("a socket made by the program cannot connect")
        if host is None and port is None:
            raise ValueError("host and port was not specified and no sock specified")
        network = self._ll_network()
        infos = await self.getaddrinfo(host, port, family=family, type=socket.SOCK_STREAM,
                                       proto=proto, flags=flags)
        exceptions: list[OSError] = []
        for info in infos:
            try:
                return await self._ll_connect(network, protocol_factory, info[4])
            except OSError as exc:
                exceptions.append(exc)
        if all_errors:
            raise ExceptionGroup("create_connection failed", exceptions)
        if len(exceptions) == 1 or all(str(exc) == str(exceptions[0]) for exc in exceptions):
            raise exceptions[0]
        raise OSError("Multiple exceptions: {}".format(", ".join(str(exc) for exc in exceptions)))

    async def _ll_connect(self, network: Network, protocol_factory: Callable[[], Any],
                          address: tuple[Any, ...]) -> tuple[Any, Any]:
        """The handshake: the SYN reaches the listener after the link's latency (it accepts
        there), the answer comes back after as long again."""
        host, port = address[0], address[1]
        link = network.link(host)
        if not network.is_reachable(host):
            raise OSError(errno.ENETUNREACH, f"Connect call failed {address} ({network_words(host)})")
        if link.latency:
            await asyncio.sleep(link.latency)
        listener = network.listener_for(host, port)
        if listener is None or listener.listening is None:
            if link.latency:
                await asyncio.sleep(link.latency)
            raise ConnectionRefusedError(errno.ECONNREFUSED, f"Connect call failed {address}")
        server_loop, server_factory, server = listener.listening
        local = network.local_address_towards(host)
        local_port = network.ephemeral_port()
        client_name = sockaddr(local, local_port)
        network.bound[(local, local_port)] = None
        client_sock = SimSocket(network, local, local_port, peer=sockaddr(host, port))
        accepted = SimSocket(network, host, port, peer=client_name, owns_port=False)
        protocol = protocol_factory()
        client = SimTransport(self, protocol, client_sock, link)
        try:
            server_protocol = server_factory()
        except Exception as exc:  # noqa: BLE001 — CPython logs it and drops the connection
            server_loop.call_exception_handler({
                "message": "Error on transport creation for incoming connection", "exception": exc})
            accepted.close()
            client_sock.close()
            raise ConnectionResetError(errno.ECONNRESET, "Connection reset by peer") from None
        served = SimTransport(server_loop, server_protocol, accepted, link, server=server)
        client.peer, served.peer = served, client
        served.connect(server_loop.time())
        waiter = self.create_future()
        client.connect(self.time() + link.latency, waiter)
        try:
            await waiter
        except BaseException:
            client.close()
            raise
        return client, protocol

    async def create_server(self, protocol_factory: Callable[[], Any], host: Any = None,
                            port: Any = None, *, family: int = socket.AF_UNSPEC,
                            flags: int = socket.AI_PASSIVE, sock: Any = None, backlog: int = 100,
                            ssl: Any = None, reuse_address: Any = None, reuse_port: Any = None,
                            keep_alive: Any = None, ssl_handshake_timeout: Any = None,
                            ssl_shutdown_timeout: Any = None, start_serving: bool = True) -> Any:
        if isinstance(ssl, bool):
            raise TypeError("ssl argument must be an SSLContext or None")
        if ssl_handshake_timeout is not None and ssl is None:
            raise ValueError("ssl_handshake_timeout is only meaningful with ssl")
        if sock is not None:
            raise _no_real_socket("a socket made by the program cannot listen")
        network = self._ll_network()
        hosts = [host] if host is None or host == "" or isinstance(host, str) else list(host)
        sockets: list[SimSocket] = []
        try:
            for one in hosts:
                for info in await self.getaddrinfo(one, port, family=family, type=socket.SOCK_STREAM,
                                                   flags=flags):
                    address, number = info[4][0], info[4][1]
                    try:
                        bound = network.bind(address, number, None)
                    except OSError as exc:
                        raise OSError(exc.errno, "error while attempting to bind on address "
                                                 f"{info[4]!r}: {str(exc.strerror).lower()}") from None
                    sockets.append(SimSocket(network, address, bound))
        except BaseException:
            for made in sockets:
                made.close()
            raise
        server: Any = base_events.Server(self, sockets, protocol_factory, ssl, backlog,  # type: ignore[arg-type]
                                         ssl_handshake_timeout, ssl_shutdown_timeout)
        if start_serving:
            server._start_serving()
            await asyncio.sleep(0)  # as CPython: one loop turn, so the listener is set up
        return server

    def _start_serving(self, protocol_factory: Callable[[], Any], sock: Any, *_args: Any) -> None:
        server = _args[1] if len(_args) > 1 else None
        sock.listening = (self, protocol_factory, server)
        self._ll_network().listeners[(sock.address, sock.port)] = sock

    def _stop_serving(self, sock: Any) -> None:
        sock.close()

    async def subprocess_exec(self, protocol_factory: Any, program: Any, *args: Any, **kwargs: Any) -> Any:
        raise subprocess_refusal("create_subprocess_exec", program)

    async def subprocess_shell(self, protocol_factory: Any, cmd: Any, **kwargs: Any) -> Any:
        raise subprocess_refusal("create_subprocess_shell", cmd)


def network_words(host: str) -> str:
    return (f"LoopLab's simulated network reaches only this machine and the hosts a program "
            f"declares with looplab_network.set_link; not {host}")


def _port_number(port: Any) -> int:
    if port is None:
        return 0
    if isinstance(port, bytes):
        port = port.decode()
    if isinstance(port, str):
        try:
            return int(port)
        except ValueError:
            try:
                return socket.getservbyname(port, "tcp")
            except OSError:
                raise socket.gaierror(getattr(socket, "EAI_SERVICE", -8),
                                      "Servname not supported for ai_socktype") from None
    return int(port)


# Error messages name the stock methods ("BaseEventLoop.create_server() got an unexpected keyword")
for _name, _method in list(vars(NetworkLoop).items()):
    _stock = getattr(base_events.BaseEventLoop, _name, None)
    if callable(_method) and _stock is not None:
        _method.__qualname__ = getattr(_stock, "__qualname__", _method.__qualname__)
