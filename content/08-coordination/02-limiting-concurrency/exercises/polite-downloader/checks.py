from looplab_checks import check, expect, fail

EXPECTED = """\
a.zip (10 MB), b.zip (5 MB), c.zip (20 MB), d.zip (5 MB), e.zip (8 MB), f.zip (5 MB), g.zip (15 MB)
7 files in 4.0s, at most 2 at once
"""


@check("At most `limit` downloads run at once")
def within_limit(run):
    probe = run.probe("seven-files-limit-2")
    if probe.error is not None:
        fail(f"download_all(..., limit=2) raised {type(probe.error).__name__}: {probe.error}")
    files, peak = probe.value
    if peak <= 2:
        return
    semaphores = run.code.calls("asyncio.Semaphore")
    if semaphores and all(site.function != "download_all" for site in semaphores):
        fail(
            f"Still {peak} downloads at once: each download creates its own `Semaphore`, so each has permits of "
            "its own and nothing is limited. Create one semaphore in `download_all` and share it between all the "
            "downloads."
        )
    fail(
        f"{peak} downloads ran at once, but the mirror allows only `limit` (2). Share one "
        "`asyncio.Semaphore(limit)` between the downloads."
    )


@check("A new download starts as soon as a slot frees up")
def keeps_slots_busy(run):
    if abs(run.elapsed - 4.0) <= 0.05:
        return
    peak_line = run.line("at most")
    if run.elapsed > 6.0 and peak_line is not None and peak_line.text.endswith("at most 1 at once"):
        fail(
            f"Polite, but too polite: one download at a time takes {run.elapsed:.1f} s. The mirror allows `limit` at "
            "once, so keep `limit` downloads running (a shared `asyncio.Semaphore(limit)` does it)."
        )
    if run.elapsed > 4.0:
        fail(
            f"Never more than 2 at once, good, but it took {run.elapsed:.1f} s instead of 4.0 s: each batch waits for "
            "its slowest file before the next batch starts, leaving a slot idle. With a semaphore, a new download "
            "starts as soon as any slot frees up."
        )
    fail(f"The downloads took {run.elapsed:.1f} s instead of 4.0 s: more than `limit` ran at once.")


expect.output(EXPECTED)
expect.runs_ok()


@check("download_all() works with other files and limits")
def other_files(run):
    sizes = {"x.iso": 3.0, "y.iso": 1.0, "z.iso": 1.0, "w.iso": 1.0}
    probe = run.probe("four-isos-limit-3")
    if probe.error is not None:
        fail(f"download_all({list(sizes)}, limit=3) raised {type(probe.error).__name__}: {probe.error}")
    files, peak = probe.value
    if [name.split(" ")[0] for name in files] != list(sizes):
        fail(f"download_all() should return the results in the order of `names`; it returned {files}.")
    if peak > 3:
        fail(f"With limit=3, {peak} downloads ran at once.")
    if abs(probe.elapsed - 3.0) > 0.05:
        fail(f"With limit=3 and files of 3, 1, 1 and 1 s, the downloads should take 3.0 s (a slot frees up for the fourth), but took {probe.elapsed:.1f} s.")
