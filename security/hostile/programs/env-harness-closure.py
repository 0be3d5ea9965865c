# Tries: search everything reachable from sys.stdout (harness objects, closures, globals) for the saved environment.
import asyncio
import sys
import types

SECRET_NAME = "__LOOPLAB_SECRET_NAME__"


def neighbours(obj):
    if isinstance(obj, dict):
        return list(obj.values())
    if isinstance(obj, (list, tuple, set, frozenset)):
        return list(obj)
    found = []
    if isinstance(obj, types.FunctionType):
        found += [c.cell_contents for c in (obj.__closure__ or ()) if c.cell_contents is not None]
        found.append(obj.__globals__)
    elif isinstance(obj, types.MethodType):
        found += [obj.__self__, obj.__func__]
    elif isinstance(obj, types.ModuleType):
        found.append(vars(obj))
    elif hasattr(obj, "__dict__") and not isinstance(obj, type):
        found += [vars(obj), type(obj)]
    elif isinstance(obj, type):
        found.append(dict(vars(obj)))
    return found


async def main():
    queue, seen = [sys.stdout, sys.stderr, sys.stdin], set()
    while queue and len(seen) < 300_000:
        obj = queue.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, dict):
            for key in (SECRET_NAME, SECRET_NAME.encode()):
                if key in obj:
                    print("ESCAPED: found the secret in a harness dict:", obj[key])
                    return
        try:
            queue += neighbours(obj)
        except Exception:
            pass
    print("REFUSED: searched", len(seen), "objects, no secret")


asyncio.run(main())
