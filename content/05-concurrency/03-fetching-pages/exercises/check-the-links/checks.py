from looplab_checks import check, expect, fail

EXPECTED = """\
https://example.com/about: 200
https://example.org/news: 200
https://example.net/missing: 404
https://example.com/delay/1.5: 200
https://example.invalid/: unreachable
5 links checked in 1.50s
"""

expect.no_exception(
    "ClientConnectorError",
    name="An unreachable host does not stop the check",
    message="The check crashed and no link was reported: the unreachable host raised "
    "`aiohttp.ClientConnectorError` out of gather. Catch `aiohttp.ClientError` for each URL (or gather with `return_exceptions=True`) "
    "and report it as `unreachable`.",
)
expect.runs_ok()
expect.elapsed(
    1.5,
    tolerance=0.02,
    name="The links are checked at the same time (1.50 s)",
    message="The report is right, but it took {elapsed:.2f} s instead of 1.50 s: each link is checked only "
    "after the previous one answered. Check them all at once with `asyncio.gather`.",
)
expect.max_concurrent_tasks(
    at_least=5,
    name="The links are checked by tasks running at once",
    message="The report and the timing look right, but the links were never checked at the same time: the most "
    "tasks running at once was {peak}. Check them all at once with `asyncio.gather`.",
)
expect.output(EXPECTED)


@check("One ClientSession is shared by every link")
def one_session(run):
    probe = run.probe("three-urls-sessions")
    if probe.error is not None:
        fail(f"check_links() with three URLs raised {type(probe.error).__name__}: {probe.error}")
    if probe.value == 0:
        fail("check_links() opens no `ClientSession`: open one with `async with aiohttp.ClientSession() as session:` "
             "and use it for every link.")
    if probe.value > 1:
        fail(
            "The report and the timing are right, but every link opens its own `ClientSession`. A session is a "
            "pool of connections meant to be shared: open one in `check_links` and pass it to each check."
        )


@check("check_links() works with other lists of URLs")
def other_urls(run):
    urls = ["https://example.org/status/503", "https://nowhere.test/", "https://example.com/delay/0.3", "https://example.net/"]
    probe = run.probe("other-urls")
    if probe.error is not None:
        fail(f"check_links({urls}) raised {type(probe.error).__name__}: {probe.error}")
    want = [f"{urls[0]}: 503", f"{urls[1]}: unreachable", f"{urls[2]}: 200", f"{urls[3]}: 200"]
    if list(probe.value or []) != want:
        fail(f"check_links({urls}) should return {want}, but returned {probe.value!r}.")
    if abs(probe.elapsed - 0.65) > 0.05:
        fail(f"check_links({urls}) took {probe.elapsed:.2f} s; checked at the same time, the links take 0.65 s (the slowest).")
