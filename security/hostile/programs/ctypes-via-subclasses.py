# Tries: find ctypes' C data classes through object.__subclasses__() (no import) and read raw memory.
import asyncio


def all_subclasses(cls, seen):
    for sub in type.__subclasses__(cls):
        if sub not in seen:
            seen.add(sub)
            all_subclasses(sub, seen)
    return seen


async def main():
    classes = all_subclasses(object, set())
    simple = [c for c in classes if c.__name__ == "_SimpleCData"]
    if not simple:
        print("REFUSED: no ctypes classes are reachable")
        return
    try:
        class c_void_p(simple[0]):
            _type_ = "P"

        value = c_void_p.from_address(0x1000).value
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: read raw memory through", simple[0], value)


asyncio.run(main())
