# Tries: point the course's simulated `requests` module at the host's loopback instead of a fixture host.
import asyncio

import requests

PORT = int("__LOOPLAB_PORT__")


async def main():
    for url in (f"http://127.0.0.1:{PORT}/requests", f"http://localhost:{PORT}/requests"):
        try:
            response = requests.get(url, timeout=2)
        except Exception as exc:
            print("REFUSED:", type(exc).__name__, exc)
        else:
            print("ESCAPED:" if response.ok else "REFUSED:", url, response.status_code)


asyncio.run(main())
