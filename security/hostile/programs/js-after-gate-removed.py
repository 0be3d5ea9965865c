# Tries: delete the sandbox's import gate from sys.meta_path, then simply `import js`.
import asyncio
import json
import sys

CANARY = "__LOOPLAB_CANARY__"
SECRET_NAME = "__LOOPLAB_SECRET_NAME__"

PAYLOAD = f"""(() => {{
  const fs = globalThis.process?.getBuiltinModule?.('fs');
  fs?.writeFileSync({json.dumps(CANARY)}, 'written after removing the gate');
  return String(globalThis.process?.env?.[{json.dumps(SECRET_NAME)}]);
}})()"""


async def main():
    sys.meta_path[:] = [f for f in sys.meta_path if "Gate" not in type(f).__name__]
    sys.modules.pop("js", None)
    try:
        import js

        secret = js.eval(PAYLOAD)
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: import js worked without the gate, the secret is", secret)


asyncio.run(main())
