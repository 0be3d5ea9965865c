import asyncio

seats_left = 3
booking_lock = asyncio.Lock()


async def take_payment(fan):
    await asyncio.sleep(0.2)  # the card terminal talks to the bank


async def book(fan):
    global seats_left
    async with booking_lock:  # check and take the seat as one step
        if seats_left > 0:
            await take_payment(fan)
            seats_left -= 1
            print(f"{fan}: booked")
        else:
            print(f"{fan}: sold out")


async def main():
    fans = ["Ana", "Ben", "Chloé", "Dev", "Eli"]
    await asyncio.gather(*(book(fan) for fan in fans))
    print(f"seats left: {seats_left}")


asyncio.run(main())
