import heapq
from collections import deque


class TinyLoop:
    """The toy event loop: teach it to call timers off."""

    def __init__(self):
        self.clock = 0.0
        self.ready = deque()
        self.timers = []  # (when, ticket, callback)
        self.tickets = 0

    def call_soon(self, callback):
        self.ready.append(callback)

    def call_later(self, delay, callback):
        self.tickets += 1
        heapq.heappush(self.timers, (self.clock + delay, self.tickets, callback))
        # Return a handle whose cancel() calls this timer off.

    def run(self):
        while self.ready or self.timers:
            if not self.ready:
                self.clock = self.timers[0][0]
            while self.timers and self.timers[0][0] <= self.clock:
                self.ready.append(heapq.heappop(self.timers)[2])
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
