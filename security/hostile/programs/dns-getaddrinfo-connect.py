# Tries: resolve names with socket.getaddrinfo (DNS), then connect to what "localhost" resolves to.
import asyncio
import socket

PORT = int("__LOOPLAB_PORT__")


async def main():
    for name in ("localhost", "example.com"):
        try:
            print(name, "resolves to", sorted({info[4][0] for info in socket.getaddrinfo(name, PORT)}))
        except Exception as exc:
            print("REFUSED:", name, type(exc).__name__, exc)
    try:
        family, kind, proto, _, address = socket.getaddrinfo("localhost", PORT, socket.AF_INET)[0]
        with socket.socket(family, kind, proto) as sock:
            sock.settimeout(2)
            sock.connect(address)
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: connected to localhost after a DNS lookup")


asyncio.run(main())
