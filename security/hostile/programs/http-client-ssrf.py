# Tries: an HTTP request to the host's loopback with http.client.HTTPConnection.
import asyncio
import http.client

PORT = int("__LOOPLAB_PORT__")


async def main():
    try:
        connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=2)
        connection.request("GET", "/http-client")
        status = connection.getresponse().status
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: http.client got status", status)


asyncio.run(main())
