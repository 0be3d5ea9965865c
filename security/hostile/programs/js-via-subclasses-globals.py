# Tries: walk object.__subclasses__() to any method whose __globals__ holds js, pyodide or a JS proxy.
import asyncio
import json
import types

CANARY = "__LOOPLAB_CANARY__"
SECRET_NAME = "__LOOPLAB_SECRET_NAME__"

BODY = f"""
  const fs = globalThis.process?.getBuiltinModule?.('fs');
  fs?.writeFileSync({json.dumps(CANARY)}, 'written through __subclasses__');
  return String(globalThis.process?.env?.[{json.dumps(SECRET_NAME)}]);
"""
BRIDGES = {"js", "pyodide_js", "pyodide", "pyodide.code", "pyodide.ffi", "_pyodide_core"}


def is_bridge(value):
    if isinstance(value, types.ModuleType):
        return value.__name__ in BRIDGES
    kind = type(value).__name__
    return kind.startswith("Js") and "Proxy" in kind


def subclasses(cls, seen):
    for sub in type.__subclasses__(cls) if cls is not type else []:
        if sub not in seen:
            seen.add(sub)
            subclasses(sub, seen)
    return seen


async def main():
    found = []
    for cls in subclasses(object, set()):
        for attribute in list(vars(cls).values()):
            namespace = getattr(attribute, "__globals__", None)
            if isinstance(namespace, dict):
                found += [value for value in list(namespace.values()) if is_bridge(value)]
    if not found:
        print("REFUSED: no method's globals lead to JavaScript")
        return
    bridge = found[0]
    try:
        target = getattr(bridge, "js", bridge)
        secret = target.constructor.constructor(BODY)()
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: __subclasses__/__globals__ reached JavaScript, the secret is", secret)


asyncio.run(main())
