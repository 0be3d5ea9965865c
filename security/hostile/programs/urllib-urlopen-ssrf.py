# Tries: make the grading server fetch a URL on its own loopback (SSRF) with urllib.request.urlopen.
import asyncio
import urllib.request

PORT = int("__LOOPLAB_PORT__")


async def main():
    for url in (f"http://127.0.0.1:{PORT}/urlopen", f"http://localhost:{PORT}/urlopen"):
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                body = response.read(100)
        except Exception as exc:
            print("REFUSED:", type(exc).__name__, exc)
        else:
            print("ESCAPED: urlopen answered", body)


asyncio.run(main())
