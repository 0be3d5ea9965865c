# Tries: smuggle a code object in through marshal.loads() and run it with exec().
import asyncio
import marshal


async def main():
    payload = marshal.dumps(compile("import os; result = os.getpid()", "<smuggled>", "exec"))
    try:
        code = marshal.loads(payload)
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
        return
    namespace = {}
    exec(code, namespace)
    print("ESCAPED: marshal.loads gave a runnable code object", namespace.get("result"))


asyncio.run(main())
