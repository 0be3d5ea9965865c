# Tries: start a child process with multiprocessing.Process.
import asyncio

CANARY = "__LOOPLAB_CANARY__"


def child():
    with open(CANARY, "w") as handle:
        handle.write("from a child process\n")


async def main():
    try:
        import multiprocessing

        process = multiprocessing.Process(target=child)
        process.start()
        process.join()
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: a child process ran, exit code", process.exitcode)


asyncio.run(main())
