from looplab_probes import scenario

OTHER_URLS = ["https://example.org/status/503", "https://nowhere.test/", "https://example.com/delay/0.3", "https://example.net/"]


def counting_sessions():
    """Wrap aiohttp.ClientSession (the simulated one of the probe's run) to count sessions opened."""
    import aiohttp as simulated

    opened = []
    original = simulated.ClientSession.__init__

    def init(self, *args, **kwargs):
        opened.append(self)
        original(self, *args, **kwargs)

    simulated.ClientSession.__init__ = init
    return opened


@scenario("three-urls-sessions")
async def three_urls_sessions(learner):
    """How many ClientSessions check_links() opens for three URLs."""
    opened = counting_sessions()
    await learner.check_links(["https://example.com/", "https://example.org/", "https://example.net/"])
    return len(opened)


@scenario("other-urls")
async def other_urls(learner):
    return await learner.check_links(OTHER_URLS)
