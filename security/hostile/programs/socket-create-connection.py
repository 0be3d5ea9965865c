# Tries: open a TCP connection to a service on the host's loopback with socket.create_connection.
import asyncio
import socket

PORT = int("__LOOPLAB_PORT__")


async def main():
    try:
        with socket.create_connection(("127.0.0.1", PORT), timeout=2) as connection:
            connection.sendall(b"hello from the sandbox\n")
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: connected to 127.0.0.1 port", PORT)


asyncio.run(main())
