"""Pieces both simulated libraries use: pages, URLs, headers."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from collections.abc import Iterator, MutableMapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit


class UnknownHost(Exception):
    """The simulated web has no such host (there is no internet in a run)."""


class BadURL(ValueError):
    pass


@dataclass(frozen=True)
class Page:
    url: str
    host: str
    port: int
    path: str
    status: int
    reason: str
    body: bytes
    content_type: str
    latency: float
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


REASONS = {200: "OK", 201: "Created", 204: "No Content", 301: "Moved Permanently", 302: "Found",
           400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
           405: "Method Not Allowed", 418: "I'm a Teapot", 429: "Too Many Requests",
           500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
           504: "Gateway Timeout"}


def split_url(url: Any) -> tuple[str, str, int, str, str]:
    """(scheme, host, port, path, full url)"""
    text = str(url)
    parts = urlsplit(text)
    if not parts.scheme:
        raise BadURL(f"Invalid URL {text!r}: No scheme supplied. Perhaps you meant https://{text}?")
    if parts.scheme not in ("http", "https"):
        raise BadURL(f"No connection adapters were found for {text!r}")
    host = (parts.hostname or "").lower()
    if not host:
        raise BadURL(f"Invalid URL {text!r}: No host supplied")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    path = parts.path or "/"
    full = urlunsplit((parts.scheme, parts.netloc, path, parts.query, parts.fragment))
    return parts.scheme, host, port, path, full


def encode_body(body: Any, content_type: str | None) -> tuple[bytes, str]:
    if isinstance(body, bytes):
        return body, content_type or "application/octet-stream"
    if isinstance(body, str):
        return body.encode("utf-8"), content_type or "text/html"
    return json.dumps(body, indent=2).encode("utf-8") + b"\n", content_type or "application/json"


class CaseInsensitiveDict(MutableMapping[str, Any]):
    """Header mapping: `headers['content-type']` finds 'Content-Type'."""

    def __init__(self, data: Any = None, **kwargs: Any) -> None:
        self._store: dict[str, tuple[str, Any]] = {}
        self.update(data or {}, **kwargs)

    def __setitem__(self, key: str, value: Any) -> None:
        self._store[key.lower()] = (key, value)

    def __getitem__(self, key: str) -> Any:
        return self._store[key.lower()][1]

    def __delitem__(self, key: str) -> None:
        del self._store[key.lower()]

    def __iter__(self) -> Iterator[str]:
        return (original for original, _ in self._store.values())

    def __len__(self) -> int:
        return len(self._store)

    def __repr__(self) -> str:
        return repr(dict(self.items()))


class URL(str):
    """What aiohttp calls yarl.URL, enough of it: a str with parts and URL('…') as its repr."""

    def __repr__(self) -> str:
        return f"URL({str(self)!r})"

    @property
    def scheme(self) -> str:
        return urlsplit(self).scheme

    @property
    def host(self) -> str | None:
        return urlsplit(self).hostname

    @property
    def port(self) -> int | None:
        parts = urlsplit(self)
        return parts.port or {"http": 80, "https": 443}.get(parts.scheme)

    @property
    def path(self) -> str:
        return urlsplit(self).path or "/"

    @property
    def query_string(self) -> str:
        return urlsplit(self).query

    def human_repr(self) -> str:
        return str(self)
