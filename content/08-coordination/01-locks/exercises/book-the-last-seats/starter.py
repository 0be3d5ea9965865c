import asyncio

database = {"seats left": 3}


async def read_seats_left():
    await asyncio.sleep(0.01)  # ask the ticket database
    return database["seats left"]


async def write_seats_left(count):
    await asyncio.sleep(0.01)  # tell the ticket database
    database["seats left"] = count


async def take_payment(fan):
    await asyncio.sleep(0.2)  # the card terminal talks to the bank


async def book(fan):
    left = await read_seats_left()
    if left > 0:
        await take_payment(fan)
        await write_seats_left(left - 1)
        print(f"{fan}: booked")
    else:
        print(f"{fan}: sold out")


async def main():
    fans = ["Ana", "Ben", "Chloé", "Dev", "Eli"]
    await asyncio.gather(*(book(fan) for fan in fans))
    print(f"seats left: {database['seats left']}")


asyncio.run(main())
