# Tries: open a js.WebSocket to the host's loopback.
import asyncio

PORT = int("__LOOPLAB_PORT__")


async def main():
    try:
        from js import WebSocket

        socket = WebSocket.new(f"ws://127.0.0.1:{PORT}/ws")
        await asyncio.sleep(0.5)
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: WebSocket created, readyState", socket.readyState)


asyncio.run(main())
