# Tries: JavaScript's fetch through js.fetch to call the host's loopback (SSRF from the server).
import asyncio

PORT = int("__LOOPLAB_PORT__")


async def main():
    try:
        import js

        response = await js.fetch(f"http://127.0.0.1:{PORT}/js-fetch")
        text = await response.text()
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: js.fetch answered", text[:80])


asyncio.run(main())
