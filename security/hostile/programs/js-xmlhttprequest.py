# Tries: a synchronous js.XMLHttpRequest to the host's loopback.
import asyncio

PORT = int("__LOOPLAB_PORT__")


async def main():
    try:
        from js import XMLHttpRequest

        request = XMLHttpRequest.new()
        request.open("GET", f"http://127.0.0.1:{PORT}/xhr", False)
        request.send(None)
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: XMLHttpRequest answered", request.status)


asyncio.run(main())
