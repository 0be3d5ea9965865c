# Tries: build a code object by hand (types.CodeType / code.replace) whose bytecode reads past its constants.
import asyncio
import types


def template():
    return None


async def main():
    code = template.__code__
    # LOAD_CONST with an index far past co_consts, then RETURN_VALUE: reads arbitrary memory.
    evil = bytes([0x97, 0x00, 0x53, 0xFF, 0x53, 0xFF, 0x53, 0xFF, 0x24, 0x00]) + code.co_code[10:]
    try:
        crafted = code.replace(co_code=evil, co_consts=())
        function = types.FunctionType(crafted, {})
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
        return
    print("ESCAPED: a hand-made code object was accepted")
    print(repr(function()))


asyncio.run(main())
