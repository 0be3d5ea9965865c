# Tries: a raw socket.socket().connect() to the loopback listener, then send an HTTP request.
import asyncio
import socket

PORT = int("__LOOPLAB_PORT__")


async def main():
    sock = None
    try:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.settimeout(2)
        sock.connect(("127.0.0.1", PORT))
        sock.sendall(b"GET /raw-socket HTTP/1.0\r\n\r\n")
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: raw socket connected")
    finally:
        if sock is not None:
            sock.close()


asyncio.run(main())
