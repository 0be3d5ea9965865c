"""aiohttp, as simulated by LoopLab: no network. Requests are answered by LoopLab's fixture hosts
(example.com, example.org, example.net and the pages a lesson adds) after a latency in virtual time.

Names `_web`, `_URL`, `_CaseInsensitiveDict`, `_UnknownHost` and `_BadURL` are provided by the
harness when the module is loaded.
"""
import asyncio
import json as _json
import typing as _typing
import warnings as _warnings
from collections import namedtuple as _namedtuple

if _typing.TYPE_CHECKING:  # for the type checker only: the harness puts these names in (web/__init__.py)
    from _looplab.web import Web as _Web
    from _looplab.web.shared import URL as _URL, BadURL as _BadURL, UnknownHost as _UnknownHost
    from _looplab.web.shared import CaseInsensitiveDict as _CaseInsensitiveDict

    _web = _typing.cast(_Web, None)

__version__ = "3.10.10"  # the first with ClientConnectorDNSError
LOOPLAB_SIMULATION = True
__all__ = ["ClientSession", "ClientTimeout", "ClientResponse", "ClientError", "ClientConnectionError",
           "ClientConnectorError", "ClientConnectorDNSError", "ClientOSError", "ClientResponseError",
           "ContentTypeError", "InvalidURL", "ServerTimeoutError", "ServerConnectionError", "request"]

RequestInfo = _namedtuple("RequestInfo", "url method headers real_url")


class ClientError(Exception):
    """Base class for client errors."""


class ClientConnectionError(ClientError):
    pass


class ClientOSError(ClientConnectionError, OSError):
    pass


class ClientConnectorError(ClientOSError):
    def __init__(self, host, port, ssl, reason):
        self.host, self.port, self.ssl = host, port, ssl
        super().__init__(reason)

    def __str__(self):
        return f"Cannot connect to host {self.host}:{self.port} ssl:{self.ssl} [{self.args[0]}]"


class ClientConnectorDNSError(ClientConnectorError):
    """The host name does not resolve (aiohttp >= 3.10.10); a ClientConnectorError as before."""


class ServerConnectionError(ClientConnectionError):
    pass


class ServerTimeoutError(ServerConnectionError, asyncio.TimeoutError):
    pass


class ClientResponseError(ClientError):
    def __init__(self, request_info, history, *, status=None, message="", headers=None):
        self.request_info, self.history = request_info, history
        self.status, self.message, self.headers = status or 0, message, headers
        super().__init__(request_info)

    def __str__(self):
        return f"{self.status}, message={self.message!r}, url={self.request_info.real_url!r}"

    def __repr__(self):
        return f"{type(self).__name__}({self.request_info!r}, {self.history!r})"


class ContentTypeError(ClientResponseError):
    pass


class InvalidURL(ClientError, ValueError):
    def __str__(self):
        return str(self.args[0]) if self.args else ""


for _cls in (ClientError, ClientConnectionError, ClientOSError, ClientConnectorError, ClientConnectorDNSError,
             ServerConnectionError, ServerTimeoutError, ClientResponseError, ContentTypeError, InvalidURL):
    _cls.__module__ = "aiohttp.client_exceptions"


class ClientTimeout:
    def __init__(self, total=None, connect=None, sock_read=None, sock_connect=None, ceil_threshold=5):
        self.total, self.connect, self.sock_read = total, connect, sock_read
        self.sock_connect, self.ceil_threshold = sock_connect, ceil_threshold

    def __repr__(self):
        return (f"ClientTimeout(total={self.total!r}, connect={self.connect!r}, sock_read={self.sock_read!r}, "
                f"sock_connect={self.sock_connect!r}, ceil_threshold={self.ceil_threshold!r})")

    def __eq__(self, other):
        return isinstance(other, ClientTimeout) and repr(self) == repr(other)


ClientTimeout.__module__ = "aiohttp.client"
DEFAULT_TIMEOUT = ClientTimeout(total=5 * 60, sock_connect=30)


class ClientResponse:
    def __init__(self, method, page, request_headers):
        self.method = method
        self.url = self.real_url = _URL(page.url)
        self.status = page.status
        self.reason = page.reason
        self.headers = _CaseInsensitiveDict(page.headers)
        self.content_type = page.content_type
        self.charset = "utf-8"
        self.history = ()
        self.request_info = RequestInfo(self.url, method, request_headers, self.url)
        self._body = page.body
        self._released = False

    @property
    def ok(self):
        return self.status < 400

    async def read(self):
        return self._body

    async def text(self, encoding=None, errors="strict"):
        return self._body.decode(encoding or self.charset, errors)

    async def json(self, *, encoding=None, loads=_json.loads, content_type="application/json"):
        if content_type and content_type not in self.content_type:
            raise ContentTypeError(self.request_info, self.history, status=self.status,
                                   message=f"Attempt to decode JSON with unexpected mimetype: {self.content_type}",
                                   headers=self.headers)
        text = self._body.decode(encoding or self.charset).strip()
        return loads(text) if text else None

    def raise_for_status(self):
        if self.status >= 400:
            raise ClientResponseError(self.request_info, self.history, status=self.status,
                                      message=self.reason, headers=self.headers)

    def release(self):
        self._released = True

    def close(self):
        self._released = True

    @property
    def closed(self):
        return self._released

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        self.release()

    def __repr__(self):
        return f"<ClientResponse({self.url}) [{self.status} {self.reason}]>\n<CIMultiDictProxy({self.headers!r})>"


ClientResponse.__module__ = "aiohttp.client_reqrep"


class _RequestContextManager:
    """What session.get() returns: await it, or use it with `async with`."""

    __slots__ = ("_coro", "_resp")

    def __init__(self, coro):
        self._coro = coro
        self._resp = None

    def __await__(self):
        return self._coro.__await__()

    def send(self, value):
        return self._coro.send(value)

    def throw(self, *args):
        return self._coro.throw(*args)

    def close(self):
        return self._coro.close()

    async def __aenter__(self):
        self._resp = await self._coro
        return self._resp

    async def __aexit__(self, *exc_info):
        assert self._resp is not None  # `async with` ran __aenter__ first
        self._resp.release()


def _total(timeout):
    if timeout is None:
        return None
    if isinstance(timeout, ClientTimeout):
        return timeout.total
    return float(timeout)


class ClientSession:
    def __init__(self, base_url=None, *, timeout=None, headers=None, raise_for_status=False, **_options):
        self._base_url = base_url
        self._timeout = timeout if timeout is not None else DEFAULT_TIMEOUT
        self.headers = _CaseInsensitiveDict(headers or {})
        self._raise_for_status = raise_for_status
        self._closed = False
        try:
            self._loop = asyncio.get_running_loop()
        except RuntimeError:
            self._loop = None

    @property
    def closed(self):
        return self._closed

    @property
    def timeout(self):
        return self._timeout

    async def close(self):
        self._closed = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        await self.close()

    def __del__(self):
        if not self._closed and self._loop is not None:
            _warnings.warn(f"Unclosed client session {self!r}", ResourceWarning, stacklevel=1, source=self)
            self._loop.call_exception_handler({"client_session": self, "message": "Unclosed client session"})

    def request(self, method, url, **options):
        return _RequestContextManager(self._request(method, url, **options))

    def get(self, url, **options):
        return self.request("GET", url, **options)

    def post(self, url, **options):
        return self.request("POST", url, **options)

    def put(self, url, **options):
        return self.request("PUT", url, **options)

    def patch(self, url, **options):
        return self.request("PATCH", url, **options)

    def delete(self, url, **options):
        return self.request("DELETE", url, **options)

    def head(self, url, **options):
        return self.request("HEAD", url, **options)

    async def _request(self, method, url, *, params=None, timeout=None, headers=None,
                       raise_for_status=None, **_options):
        if self._closed:
            raise RuntimeError("Session is closed")
        if self._base_url is not None:
            url = str(self._base_url).rstrip("/") + "/" + str(url).lstrip("/")
        if params:
            from urllib.parse import urlencode
            url = f"{url}{'&' if '?' in str(url) else '?'}{urlencode(params)}"
        _looplab_awaiting = f"{method} {url}"  # read by the timeline (waits.py)
        try:
            page = _web.lookup(url)
        except _BadURL as exc:
            raise InvalidURL(str(url)) from exc
        except _UnknownHost as exc:
            await asyncio.sleep(0.02)  # the failed DNS lookup
            scheme_port = 443 if str(url).startswith("https") else 80
            raise ClientConnectorDNSError(str(exc), scheme_port, "default", _web.no_internet()) from None
        total = _total(timeout if timeout is not None else self._timeout)
        if total is not None and page.latency > total:
            await asyncio.sleep(total)
            raise TimeoutError()
        await asyncio.sleep(page.latency)
        response = ClientResponse(method, page, dict(self.headers, **(headers or {})))
        check = self._raise_for_status if raise_for_status is None else raise_for_status
        if check:
            response.raise_for_status()
        return response


ClientSession.__module__ = "aiohttp.client"


def request(method, url, **options):
    """aiohttp.request(): a one-off session, as an async context manager."""

    class _SessionRequest:
        async def __aenter__(self):
            self._session = ClientSession()
            self._response = await self._session.request(method, url, **options)
            return self._response

        async def __aexit__(self, *exc_info):
            self._response.release()
            await self._session.close()

    return _SessionRequest()
