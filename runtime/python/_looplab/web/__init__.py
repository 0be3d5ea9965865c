"""LoopLab's simulated web: fixture hosts (pages.json) plus the pages a request adds, served to
simulated `aiohttp` and `requests` modules with latency on the run's clock. No network, ever."""
from __future__ import annotations

import functools
import json
import os
import re
from types import ModuleType
from collections.abc import Callable
from typing import Any

from .. import state
from ..timepatch import REAL
from .shared import REASONS, URL, BadURL, CaseInsensitiveDict, Page, UnknownHost, encode_body, split_url

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "pages.json"), encoding="utf-8") as _handle:
    FIXTURES = json.load(_handle)

_CODE: dict[str, Any] = {}
DEFAULT_EXTRA_LATENCY = 0.5
MAX_DELAY = 10.0


def _code(filename: str) -> Any:
    if filename not in _CODE:
        path = os.path.join(HERE, filename)
        with open(path, encoding="utf-8") as handle:
            _CODE[filename] = compile(handle.read(), path, "exec", dont_inherit=True)
    return _CODE[filename]


class Web:
    """One run's web: the fixture hosts plus the request's extra pages."""

    def __init__(self, extra: dict[str, Any]) -> None:
        self._extra = extra
        self._hosts: dict[str, dict[str, Any]] | None = None

    @property
    def hosts(self) -> dict[str, dict[str, Any]]:
        """Built on first use: most runs never touch the web."""
        if self._hosts is None:
            hosts = self._hosts = {host: {"latency": spec["latency"], "pages": dict(spec["pages"])}
                                   for host, spec in FIXTURES["hosts"].items()}
            for url, spec in self._extra.items():
                self._add(hosts, url, spec if isinstance(spec, dict) else {"body": spec})
        return self._hosts

    @staticmethod
    def _add(hosts: dict[str, dict[str, Any]], url: str, spec: dict[str, Any]) -> None:
        _scheme, host, _port, path, _full = split_url(url)
        site = hosts.setdefault(host, {"latency": spec.get("latency", DEFAULT_EXTRA_LATENCY), "pages": {}})
        site["pages"][path] = spec

    def host_names(self) -> str:
        names = list(self.hosts)
        return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]

    def no_internet(self) -> str:
        return (f"LoopLab's simulated web: there is no internet in this sandbox; the hosts that "
                f"exist are {self.host_names()}")

    def lookup(self, url: Any) -> Page:
        """The page at `url`, or UnknownHost / BadURL as a real request would fail."""
        scheme, host, port, path, full = split_url(url)
        site = self.hosts.get(host) or self.hosts.get(host.removeprefix("www."))
        if site is None:
            raise UnknownHost(host)
        latency = float(site["latency"])
        spec = site["pages"].get(path)
        if spec is None:
            spec = self._generated(path)
        if spec is None:
            spec = {"status": 404, "contentType": "text/html",
                    "body": f"<!doctype html>\n<html>\n<head><title>404 Not Found</title></head>\n"
                            f"<body><h1>404 Not Found</h1><p>No page at {path}.</p></body>\n</html>\n"}
        body, content_type = encode_body(spec.get("body", ""), spec.get("contentType"))
        status = int(spec.get("status", 200))
        latency = float(spec.get("latency", latency))
        headers = {"Content-Type": f"{content_type}; charset=utf-8" if content_type.startswith(("text/", "application/json")) else content_type,
                   "Content-Length": str(len(body)), "Server": "LoopLab-simulation",
                   "X-LoopLab-Simulated": "1", **spec.get("headers", {})}
        return Page(url=full, host=host, port=port, path=path, status=status,
                    reason=REASONS.get(status, "Unknown"), body=body, content_type=content_type,
                    latency=latency, headers=headers)

    @staticmethod
    def _generated(path: str) -> dict[str, Any] | None:
        delay = re.fullmatch(r"/delay/(\d+(?:\.\d+)?)", path)
        if delay:
            seconds = min(float(delay[1]), MAX_DELAY)
            return {"latency": seconds, "contentType": "application/json",
                    "body": {"delayed": seconds, "simulated": True}}
        status = re.fullmatch(r"/status/(\d{3})", path)
        if status:
            code = int(status[1])
            return {"status": code, "contentType": "text/plain",
                    "body": f"{code} {REASONS.get(code, 'Unknown')}\n"}
        return None

    def block(self, seconds: float, what: str) -> None:
        """A blocking request: the clock passes (blocking the loop when called in one)."""
        run = state.active
        if run is None or run.realtime:
            REAL["sleep"](seconds)
            return
        if run.clock.span is None:
            run.checks.blocking_call(what, seconds)
        run.threads.sleep(seconds)

    def modules(self) -> dict[str, Callable[[ModuleType], None]]:
        return {name: functools.partial(self._load, filename) for name, filename in SIMULATED.items()}

    def _load(self, filename: str, module: ModuleType) -> None:
        module.__dict__.update(_web=self, _URL=URL, _CaseInsensitiveDict=CaseInsensitiveDict,
                               _UnknownHost=UnknownHost, _BadURL=BadURL)
        exec(_code(filename), module.__dict__)


SIMULATED = {"aiohttp": "sim_aiohttp.py", "requests": "sim_requests.py",
             "requests.exceptions": "sim_requests_exceptions.py"}
