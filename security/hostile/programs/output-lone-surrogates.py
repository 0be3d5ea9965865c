# Tries: print lone UTF-16 surrogates, which are not valid Unicode text in UTF-8 or JSON.
import asyncio
import sys


async def main():
    try:
        print("lone high \ud800 and lone low \udfff")
    except UnicodeEncodeError as exc:
        print("encode error:", exc.reason)
    sys.stderr.write("surrogate on stderr: \udcff\n")
    print("still running")


asyncio.run(main())
