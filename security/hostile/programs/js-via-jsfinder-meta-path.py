# Tries: find Pyodide's JsFinder in sys.meta_path and ask it for the js module directly.
import asyncio
import importlib.util
import json
import sys

CANARY = "__LOOPLAB_CANARY__"
SECRET_NAME = "__LOOPLAB_SECRET_NAME__"

PAYLOAD = f"""(() => {{
  const fs = globalThis.process?.getBuiltinModule?.('fs');
  fs?.writeFileSync({json.dumps(CANARY)}, 'written through JsFinder');
  return String(globalThis.process?.env?.[{json.dumps(SECRET_NAME)}]);
}})()"""


async def main():
    finders = [f for f in sys.meta_path if "Js" in type(f).__name__ or "Js" in getattr(f, "__name__", "")]
    if not finders:
        print("REFUSED: no JsFinder in sys.meta_path:", [type(f).__name__ for f in sys.meta_path])
        return
    for finder in finders:
        try:
            spec = finder.find_spec("js", None)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            secret = module.eval(PAYLOAD)
        except Exception as exc:
            print("REFUSED:", type(exc).__name__, exc)
        else:
            print("ESCAPED: JsFinder served js, the secret is", secret)


asyncio.run(main())
