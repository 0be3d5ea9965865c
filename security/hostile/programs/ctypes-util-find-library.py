# Tries: find libc by name with ctypes.util.find_library and call system() through it.
import asyncio

CANARY = "__LOOPLAB_CANARY__"


async def main():
    try:
        import ctypes
        import ctypes.util

        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        status = libc.system(f"uname -a > {CANARY}".encode())
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: libc.system returned", status)


asyncio.run(main())
