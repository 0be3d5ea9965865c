"""requests.exceptions, as simulated by LoopLab: the classes of the simulated `requests`."""
import sys as _sys

_parent = _sys.modules["requests"]
__all__ = ["RequestException", "ConnectionError", "HTTPError", "Timeout", "ConnectTimeout", "ReadTimeout",
           "TooManyRedirects", "InvalidURL", "MissingSchema", "InvalidSchema", "JSONDecodeError"]
globals().update({name: getattr(_parent, name) for name in __all__})
