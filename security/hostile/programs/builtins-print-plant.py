# Tries (persistence): replace builtins.print and builtins.__import__ so every later program's output
# is prefixed and every import is watched.
import builtins

real_print, real_import = builtins.print, builtins.__import__


def print(*args, **kwargs):
    real_print("PLANTED:", *args, **kwargs)


def watched_import(name, *args, **kwargs):
    if name == "asyncio":
        real_print("PLANTED: someone imports asyncio")
    return real_import(name, *args, **kwargs)


builtins.print = print
builtins.__import__ = watched_import
print("print and __import__ replaced")
