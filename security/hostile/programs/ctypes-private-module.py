# Tries: skip the ctypes package and build a callable for libc's system() from _ctypes directly.
import asyncio

CANARY = "__LOOPLAB_CANARY__"


def libc_system():
    import _ctypes

    class c_int(_ctypes._SimpleCData):
        _type_ = "i"

    class c_char_p(_ctypes._SimpleCData):
        _type_ = "z"

    class Function(_ctypes.CFuncPtr):
        _flags_ = _ctypes.FUNCFLAG_CDECL
        _restype_ = c_int
        _argtypes_ = (c_char_p,)

    handle = _ctypes.dlopen(None, 2)
    return Function(_ctypes.dlsym(handle, "system"))


async def main():
    try:
        system = libc_system()
        status = system(f"id > {CANARY}".encode())
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: _ctypes system() returned", status)


asyncio.run(main())
