# Tries: Unicode bidi controls (U+202E right-to-left override, U+2066 isolates) so the shown text reads
# differently from what was printed ("Trojan Source").
import asyncio


async def main():
    print("grade: \u202efail\u202c — all downloads finished")
    print("access = \"user\u2066\u2069 // admin\u2069\u2066\"")
    print("\u2067\u202b[2.0s] done\u202c\u2069 invisible \u200b\u200d\ufeff characters")


asyncio.run(main())
