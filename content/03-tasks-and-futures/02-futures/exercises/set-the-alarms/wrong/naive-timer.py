import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"[{time.perf_counter() - start:.1f}s] {message}")


def set_alarm(seconds, message):
    """Return a future that completes with message after seconds. Cancelling it dismisses the alarm."""
    loop = asyncio.get_running_loop()
    alarm = loop.create_future()
    loop.call_later(seconds, alarm.set_result, message)
    return alarm


async def main():
    wake_up = set_alarm(2, "wake up!")
    tea = set_alarm(1, "tea is ready")
    meeting = set_alarm(1.5, "meeting starts")
    meeting.cancel()  # the meeting was called off
    log(await tea)
    log(await wake_up)
    log(f"meeting alarm dismissed? {meeting.cancelled()}")


asyncio.run(main())
