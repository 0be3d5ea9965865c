"""requests, as simulated by LoopLab: no network. Requests are answered by LoopLab's fixture hosts
(example.com, example.org, example.net and the pages a lesson adds) after a latency in virtual time,
and they block, as the real library does: inside a coroutine the whole event loop waits.

Names `_web`, `_URL`, `_CaseInsensitiveDict`, `_UnknownHost` and `_BadURL` are provided by the
harness when the module is loaded.
"""
import datetime as _datetime
import json as _json
import typing as _typing
from urllib.parse import urlencode as _urlencode

if _typing.TYPE_CHECKING:  # for the type checker only: the harness puts these names in (web/__init__.py)
    from _looplab.web import Web as _Web
    from _looplab.web.shared import BadURL as _BadURL, UnknownHost as _UnknownHost
    from _looplab.web.shared import CaseInsensitiveDict as _CaseInsensitiveDict

    _web = _typing.cast(_Web, None)

__version__ = "2.31.0"
LOOPLAB_SIMULATION = True


class RequestException(IOError):
    def __init__(self, *args, request=None, response=None):
        self.request, self.response = request, response
        super().__init__(*args)


class ConnectionError(RequestException):  # the real library's name, shadowing the built-in
    pass


class HTTPError(RequestException):
    pass


class Timeout(RequestException):
    pass


class ConnectTimeout(ConnectionError, Timeout):
    pass


class ReadTimeout(Timeout):
    pass


class TooManyRedirects(RequestException):
    pass


class InvalidURL(RequestException, ValueError):
    pass


class MissingSchema(RequestException, ValueError):
    pass


class InvalidSchema(RequestException, ValueError):
    pass


class JSONDecodeError(RequestException, _json.JSONDecodeError):
    def __init__(self, *args, **kwargs):
        _json.JSONDecodeError.__init__(self, *args)
        self.request, self.response = kwargs.get("request"), kwargs.get("response")


for _cls in (RequestException, ConnectionError, HTTPError, Timeout, ConnectTimeout, ReadTimeout,
             TooManyRedirects, InvalidURL, MissingSchema, InvalidSchema, JSONDecodeError):
    _cls.__module__ = "requests.exceptions"


class Response:
    def __init__(self, page, method, elapsed):
        self.status_code = page.status
        self.reason = page.reason
        self.url = page.url
        self.headers = _CaseInsensitiveDict(page.headers)
        self.content = page.body
        self.encoding = "utf-8"
        self.elapsed = _datetime.timedelta(seconds=elapsed)
        self.history = []
        self.request = None
        self._method = method

    @property
    def text(self):
        return self.content.decode(self.encoding or "utf-8", "replace")

    @property
    def ok(self):
        return self.status_code < 400

    def __bool__(self):
        return self.ok

    def json(self, **options):
        try:
            return _json.loads(self.text, **options)
        except _json.JSONDecodeError as exc:
            raise JSONDecodeError(exc.msg, exc.doc, exc.pos) from None

    def raise_for_status(self):
        if 400 <= self.status_code < 500:
            kind = "Client Error"
        elif 500 <= self.status_code < 600:
            kind = "Server Error"
        else:
            return
        raise HTTPError(f"{self.status_code} {kind}: {self.reason} for url: {self.url}", response=self)

    def iter_lines(self, decode_unicode=False):
        for line in self.content.splitlines():
            yield line.decode(self.encoding) if decode_unicode else line

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __repr__(self):
        return f"<Response [{self.status_code}]>"


Response.__module__ = "requests.models"


def _read_timeout(timeout):
    if isinstance(timeout, tuple):
        return timeout[1]
    return timeout


class Session:
    def __init__(self):
        self.headers = _CaseInsensitiveDict({"User-Agent": f"python-requests/{__version__}"})

    def request(self, method, url, params=None, timeout=None, headers=None, **_options):
        url = str(url)
        if params:
            url = f"{url}{'&' if '?' in url else '?'}{_urlencode(params)}"
        call = f"requests.{method.lower()}({url!r})"
        try:
            page = _web.lookup(url)
        except _BadURL as exc:
            kind = MissingSchema if "No scheme" in str(exc) else InvalidSchema if "adapters" in str(exc) else InvalidURL
            raise kind(str(exc)) from None
        except _UnknownHost as exc:
            _web.block(0.02, call)  # the failed DNS lookup
            scheme = "HTTPS" if url.startswith("https") else "HTTP"
            port = 443 if scheme == "HTTPS" else 80
            raise ConnectionError(
                f"{scheme}ConnectionPool(host={str(exc)!r}, port={port}): Max retries exceeded with url: "
                f"{url.split(str(exc), 1)[-1] or '/'} (Caused by {_web.no_internet()})") from None
        limit = _read_timeout(timeout)
        if limit is not None and page.latency > limit:
            _web.block(limit, call)
            scheme = "HTTPS" if url.startswith("https") else "HTTP"
            raise ReadTimeout(f"{scheme}ConnectionPool(host={page.host!r}, port={page.port}): "
                              f"Read timed out. (read timeout={limit})")
        _web.block(page.latency, call)
        return Response(page, method, page.latency)

    def get(self, url, params=None, **options):
        return self.request("GET", url, params=params, **options)

    def post(self, url, data=None, json=None, **options):
        return self.request("POST", url, **options)

    def put(self, url, data=None, **options):
        return self.request("PUT", url, **options)

    def patch(self, url, data=None, **options):
        return self.request("PATCH", url, **options)

    def delete(self, url, **options):
        return self.request("DELETE", url, **options)

    def head(self, url, **options):
        return self.request("HEAD", url, **options)

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


Session.__module__ = "requests.sessions"


def request(method, url, **options):
    with Session() as session:
        return session.request(method, url, **options)


def get(url, params=None, **options):
    return request("GET", url, params=params, **options)


def post(url, data=None, json=None, **options):
    return request("POST", url, **options)


def put(url, data=None, **options):
    return request("PUT", url, **options)


def patch(url, data=None, **options):
    return request("PATCH", url, **options)


def delete(url, **options):
    return request("DELETE", url, **options)


def head(url, **options):
    return request("HEAD", url, **options)


class _Codes(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


codes = _Codes(ok=200, created=201, no_content=204, bad_request=400, unauthorized=401, forbidden=403,
               not_found=404, too_many_requests=429, internal_server_error=500, service_unavailable=503)

import requests.exceptions as exceptions  # noqa: E402, F401 — an attribute, as the real package exposes it
