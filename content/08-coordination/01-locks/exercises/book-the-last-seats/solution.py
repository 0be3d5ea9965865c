import asyncio

database = {"seats left": 3}
booking_lock = asyncio.Lock()


async def read_seats_left():
    await asyncio.sleep(0.01)  # ask the ticket database
    return database["seats left"]


async def write_seats_left(count):
    await asyncio.sleep(0.01)  # tell the ticket database
    database["seats left"] = count


async def take_payment(fan):
    await asyncio.sleep(0.2)  # the card terminal talks to the bank


async def book(fan):
    async with booking_lock:  # reserve: nobody may read the count until it is written back
        left = await read_seats_left()
        if left == 0:
            print(f"{fan}: sold out")
            return
        await write_seats_left(left - 1)
    await take_payment(fan)  # slow, and safe to do side by side: outside the lock
    print(f"{fan}: booked")


async def main():
    fans = ["Ana", "Ben", "Chloé", "Dev", "Eli"]
    await asyncio.gather(*(book(fan) for fan in fans))
    print(f"seats left: {database['seats left']}")


asyncio.run(main())
