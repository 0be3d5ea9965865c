# pins: subclassing Thread and overriding run(); results stored on the object; names and idents.
import threading
import time


class Downloader(threading.Thread):
    def __init__(self, url, seconds):
        super().__init__(name=f"dl-{url}")
        self.url = url
        self.seconds = seconds
        self.result = None

    def run(self):
        time.sleep(self.seconds)
        self.result = f"{self.url}: {self.seconds * 1000:.0f} ms"


workers = [Downloader(u, s) for u, s in (("a", 0.2), ("b", 0.1))]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.result for w in workers])
print([w.name for w in workers], workers[0].ident != workers[1].ident)
