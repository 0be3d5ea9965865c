"""`import looplab_network`: how a program shapes the simulated network (it exists only in
LoopLab, so a program that uses it says so itself). docs/runtime-fidelity.md, "Network streams".

    import looplab_network
    looplab_network.set_link("db.internal", latency=0.05, bandwidth=1_000_000)

declares the host `db.internal` (a server may then listen on it, a client connect to it) with a
one-way latency of 50 ms and 1 MB/s each way. `set_link("localhost", latency=0.01)` slows this
machine's own connections, which by default take no time.
"""
from __future__ import annotations

import functools
import math
from types import ModuleType
from collections.abc import Callable

from . import Network

MODULE = "looplab_network"


def _number(name: str, value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be a number of seconds or bytes per second, not {type(value).__name__}")
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"{name} must be a finite number >= 0, got {value!r}")
    return float(value)


def _set_link(network: Network, host: str, *, latency: float | None = None,
              bandwidth: float | None = None) -> None:
    """Declare `host` (a name or an address) and set its link: one-way `latency` in seconds,
    `bandwidth` in bytes per second (None: unlimited), the same both ways."""
    if not isinstance(host, str) or not host:
        raise TypeError("host must be a non-empty str, such as 'db.internal' or 'localhost'")
    network.declare(host, _number("latency", latency), _number("bandwidth", bandwidth))


def _link(network: Network, host: str) -> dict[str, float | None]:
    """The link to `host` as {'latency': seconds, 'bandwidth': bytes per second or None}."""
    address = network.resolve(host)[0]
    link = network.link(address)
    return {"latency": link.latency, "bandwidth": link.bandwidth}


def loader(network: Network) -> Callable[[ModuleType], None]:
    def setup(module: ModuleType) -> None:
        set_link = functools.wraps(_set_link)(functools.partial(_set_link, network))
        link = functools.wraps(_link)(functools.partial(_link, network))
        module.__dict__.update(set_link=set_link, link=link, LOOPLAB_SIMULATION=True,
                               __doc__=__doc__, __all__=["set_link", "link", "LOOPLAB_SIMULATION"])

    return setup
