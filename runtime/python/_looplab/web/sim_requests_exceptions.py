"""requests.exceptions, as simulated by LoopLab: the classes of the simulated `requests`."""
import sys as _sys

_parent = _sys.modules["requests"]
__all__ = ["RequestException", "ConnectionError", "HTTPError", "Timeout", "ConnectTimeout", "ReadTimeout",
           "TooManyRedirects", "InvalidURL", "MissingSchema", "InvalidSchema", "JSONDecodeError"]
RequestException = _parent.RequestException
ConnectionError = _parent.ConnectionError  # the real library's name, shadowing the built-in
HTTPError = _parent.HTTPError
Timeout = _parent.Timeout
ConnectTimeout = _parent.ConnectTimeout
ReadTimeout = _parent.ReadTimeout
TooManyRedirects = _parent.TooManyRedirects
InvalidURL = _parent.InvalidURL
MissingSchema = _parent.MissingSchema
InvalidSchema = _parent.InvalidSchema
JSONDecodeError = _parent.JSONDecodeError
