# Victim, run after stdlib-zip-overwrite-plant.py (possibly as another learner): an innocent program
# that imports standard modules not loaded before; its output must be exactly the normal one.
import asyncio
import fractions
import textwrap


async def main():
    await asyncio.sleep(0.1)
    print(fractions.Fraction(3, 6))
    print(textwrap.shorten("asyncio runs many things at once on one thread", width=20))


asyncio.run(main())
