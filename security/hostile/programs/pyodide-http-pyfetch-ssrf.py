# Tries: Pyodide's own fetch wrapper, pyodide.http.pyfetch, to reach the host's loopback.
import asyncio

PORT = int("__LOOPLAB_PORT__")


async def main():
    try:
        from pyodide.http import pyfetch

        response = await pyfetch(f"http://127.0.0.1:{PORT}/pyfetch")
        text = await response.string()
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: pyfetch answered", text[:100])


asyncio.run(main())
