# pins: a line-based server (readline until EOF) answering several clients at once; each client
# sends lines, reads each answer with readline, then closes. gather keeps the clients' order.
import asyncio


async def shout(reader, writer):
    count = 0
    while True:
        line = await reader.readline()
        if not line:  # b"" means the client closed its end
            break
        count += 1
        writer.write(line.upper())
        await writer.drain()
    writer.write(f"{count} lines\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(name, port, lines):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    answers = []
    for line in lines:
        writer.write(f"{name}: {line}\n".encode())
        await writer.drain()
        answers.append((await reader.readline()).decode().rstrip("\n"))
    writer.write_eof()
    summary = (await reader.readline()).decode().strip()
    rest = await reader.read()
    writer.close()
    await writer.wait_closed()
    return answers, summary, rest


async def main():
    server = await asyncio.start_server(shout, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        results = await asyncio.gather(
            client("ann", port, ["hello", "how are you?"]),
            client("bob", port, ["hi"]),
            client("cy", port, ["one", "two", "three"]),
        )
    for answers, summary, rest in results:
        print(answers, summary, rest)


asyncio.run(main())
