# Tries: print an <img onerror> payload and an <a href="javascript:"> link to the output panel, on stdout and stderr.
import asyncio
import sys


async def main():
    print('<img src=x onerror="alert(document.cookie)">')
    print('<a href="javascript:alert(1)">click for your grade</a>', file=sys.stderr)
    print("<iframe srcdoc='<script>parent.alert(1)</script>'></iframe>")


asyncio.run(main())
