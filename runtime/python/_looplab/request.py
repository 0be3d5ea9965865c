"""The run request (PROTOCOL.md), validated: a bad request is the engine's bug, named precisely."""
from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from typing import Any


class RequestError(ValueError):
    pass


@dataclass(frozen=True)
class Location:
    """Where `python FILE` would find the program (PROTOCOL.md): its folder's absolute path, the
    caller's working folder, and FILE as typed (sys.argv[0])."""
    folder: str
    cwd: str
    argv0: str


@dataclass(frozen=True)
class Request:
    files: dict[str, str]
    entry: str = "main.py"
    argv: list[str] = field(default_factory=list)
    stdin: str = ""
    virtual_seconds: float = 3600.0
    output_bytes: int = 1024 * 1024
    realtime: bool = False
    web: dict[str, Any] = field(default_factory=dict)
    location: Location | None = None


def _clean_path(path: Any) -> str:
    if not isinstance(path, str) or not path:
        raise RequestError(f"file names must be non-empty strings, got {path!r}")
    normal = posixpath.normpath(path.replace("\\", "/"))
    if normal.startswith(("/", "../")) or normal in ("..", ".") or "\0" in normal:
        raise RequestError(f"file {path!r} must be a relative path inside the program's folder")
    return normal


def parse_request(raw: Any) -> Request:
    if not isinstance(raw, dict):
        raise RequestError("the request must be a JSON object")
    files_in = raw.get("files")
    if not isinstance(files_in, dict) or not files_in:
        raise RequestError("`files` must be an object of path → source text, with at least one file")
    files: dict[str, str] = {}
    for path, text in files_in.items():
        if not isinstance(text, str):
            raise RequestError(f"file {path!r}: the content must be a string")
        files[_clean_path(path)] = text
    entry = _clean_path(raw.get("entry", "main.py"))
    argv = raw.get("argv", [])
    if not isinstance(argv, list) or not all(isinstance(a, str) for a in argv):
        raise RequestError("`argv` must be a list of strings")
    stdin = raw.get("stdin", "")
    if not isinstance(stdin, str):
        raise RequestError("`stdin` must be a string")
    limits = raw.get("limits") or {}
    if not isinstance(limits, dict):
        raise RequestError("`limits` must be an object")
    seconds = limits.get("virtualSeconds", 3600)
    size = limits.get("outputBytes", 1024 * 1024)
    if not isinstance(seconds, (int, float)) or isinstance(seconds, bool) or not seconds > 0:
        raise RequestError("`limits.virtualSeconds` must be a positive number")
    if not isinstance(size, int) or isinstance(size, bool) or size <= 0:
        raise RequestError("`limits.outputBytes` must be a positive integer")
    web = raw.get("web") or {}
    if not isinstance(web, dict):
        raise RequestError("`web` must be an object of URL → page")
    for url, page in web.items():
        if not re.match(r"^https?://[^/?#\s]+", url):
            raise RequestError(f"`web` key {url!r} must be an http:// or https:// URL")
        if isinstance(page, dict) and not isinstance(page.get("status", 200), int):
            raise RequestError(f"`web[{url!r}].status` must be an integer")
    return Request(files=files, entry=entry, argv=list(argv), stdin=stdin,
                   virtual_seconds=float(seconds), output_bytes=size,
                   realtime=bool(raw.get("realtime", False)), web=web,
                   location=_location(raw.get("location")))


def _location(raw: Any) -> Location | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or set(raw) != {"folder", "cwd", "argv0"}:
        raise RequestError("`location` must be an object of folder, cwd and argv0")
    folder, cwd, argv0 = raw["folder"], raw["cwd"], raw["argv0"]
    for name, value in (("folder", folder), ("cwd", cwd)):
        if (not isinstance(value, str) or not value.startswith("/") or "\0" in value
                or posixpath.normpath(value) != value):
            raise RequestError(f"`location.{name}` must be a normalised absolute path")
    if not isinstance(argv0, str) or not argv0 or "\0" in argv0:
        raise RequestError("`location.argv0` must be a non-empty string")
    return Location(folder=folder, cwd=cwd, argv0=argv0)
