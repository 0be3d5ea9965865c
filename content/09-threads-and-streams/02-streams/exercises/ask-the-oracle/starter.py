import asyncio

ANSWERS = {"capital of France?": "Paris", "2 + 2?": "4"}


async def oracle(reader, writer):
    """The server: one answer line for each question line, until the client closes its side."""
    while line := await reader.readline():
        writer.write(ANSWERS.get(line.decode().strip(), "no idea").encode() + b"\n")
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def ask(port, questions):
    """The server's answer to each question, in order; None if no server listens on port."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    answers = []
    for question in questions:
        writer.write(question.encode() + b"\n")
        await writer.drain()
        answer = await reader.readline()
        answers.append(answer.decode().strip())
    return answers


async def main():
    server = await asyncio.start_server(oracle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        print(await ask(port, ["capital of France?", "2 + 2?", "meaning of life?"]))
    print(await ask(port, ["anyone there?"]))  # the server is closed now


asyncio.run(main())
