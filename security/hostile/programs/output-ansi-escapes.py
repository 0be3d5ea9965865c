# Tries: ANSI escape sequences: clear the screen, move the cursor, set the terminal title, an OSC 8
# hyperlink, and hide text, to fake or hide output in a terminal.
import asyncio
import sys


async def main():
    print("\x1b[2J\x1b[H\x1b[32m✓ All checks passed\x1b[0m")
    print("\x1b]0;pwned title\x07\x1b]8;;https://evil.example\x1b\\click me\x1b]8;;\x1b\\")
    print("\x1b[8mhidden text\x1b[0m\x1b[1A\x1b[2K", file=sys.stderr)
    print("\x1bP+q544e\x1b\\ device control string")


asyncio.run(main())
