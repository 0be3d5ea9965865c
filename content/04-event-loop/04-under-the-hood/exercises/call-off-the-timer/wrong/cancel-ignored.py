import heapq
from collections import deque


class Timer:
    """What call_later returns: a handle to call the timer off."""

    def __init__(self, when, callback):
        self.when = when
        self.callback = callback
        self.cancelled = False

    def cancel(self):
        self.cancelled = True


class TinyLoop:
    """The toy event loop, with timers that can be called off."""

    def __init__(self):
        self.clock = 0.0
        self.ready = deque()
        self.timers = []  # (when, ticket, timer)
        self.tickets = 0

    def call_soon(self, callback):
        self.ready.append(callback)

    def call_later(self, delay, callback):
        self.tickets += 1
        timer = Timer(self.clock + delay, callback)
        heapq.heappush(self.timers, (timer.when, self.tickets, timer))
        return timer

    def run(self):
        while True:
            if not (self.ready or self.timers):
                break
            if not self.ready:
                self.clock = self.timers[0][0]
            while self.timers and self.timers[0][0] <= self.clock:
                self.ready.append(heapq.heappop(self.timers)[2].callback)
            for _ in range(len(self.ready)):
                self.ready.popleft()()


loop = TinyLoop()


def say(text):
    return lambda: print(f"[{loop.clock:.1f}s] {text}")


def take_out_the_toast():
    print(f"[{loop.clock:.1f}s] toast is out: call off the smoke alarm")
    smoke_alarm.cancel()


loop.call_later(1, say("toast is ready"))
smoke_alarm = loop.call_later(4, say("smoke alarm!"))
loop.call_later(1.5, take_out_the_toast)
loop.run()
print(f"[{loop.clock:.1f}s] the loop has nothing left to do")
