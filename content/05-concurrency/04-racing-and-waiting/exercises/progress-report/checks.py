import re

from looplab_checks import check, expect, fail

EXPECTED = """\
[0.1s] 1/4 done: notes.txt
[0.4s] 2/4 done: photo.jpg
[0.9s] 3/4 done: song.mp3
[1.2s] 4/4 done: report.pdf
"""
WANT = [("1/3 done: b.txt", 0.1), ("2/3 done: c.txt", 0.2), ("3/3 done: a.txt", 0.3)]
PREFIX = re.compile(r"^\[[^\]]*\]\s*")


@check("Each progress line is printed as its file finishes")
def as_they_finish(run):
    probe = run.probe("other-files")
    if probe.error is not None:
        fail(f"download_all() with three other files raised {type(probe.error).__name__}: {probe.error}")
    got = [(PREFIX.sub("", line.text), line.t) for line in probe.lines]
    texts = [text for text, _ in got]
    if len(got) == 3 and all(abs(t - 0.3) <= 0.05 for _, t in got):
        fail(
            "The progress lines are all printed when the last file is done: downloading a.txt (0.3 s), b.txt "
            "(0.1 s) and c.txt (0.2 s), every line came at 0.3 s, in the order of the list. Take the downloads "
            "in the order they finish with asyncio.as_completed."
        )
    if texts != [text for text, _ in WANT]:
        shown = ", ".join(repr(text) for text in texts) or "nothing"
        fail(
            f"Downloading a.txt (0.3 s), b.txt (0.1 s) and c.txt (0.2 s), download_all() printed {shown}; it "
            "should print '1/3 done: b.txt', '2/3 done: c.txt', '3/3 done: a.txt': one line per file, in the "
            "order they finish."
        )
    for (text, t), (_, due) in zip(got, WANT):
        if abs(t - due) > 0.05:
            fail(
                f"'{text}' was printed at {t:.1f} s instead of {due:.1f} s: the files are downloaded one after "
                "another. Start every download at once and take them as they finish with asyncio.as_completed."
            )


expect.max_concurrent_tasks(
    coro="download",
    at_least=4,
    name="The four downloads run at once",
    message="The progress lines look right, but the most download() tasks running at once was {peak}, not 4: the "
    "files were not downloaded at the same time. Hand all four downloads to asyncio.as_completed.",
)
expect.calls(
    "asyncio.as_completed",
    name="The results are taken with asyncio.as_completed",
    message="Take the downloads in the order they finish with asyncio.as_completed.",
)
expect.runs_ok()
expect.output(EXPECTED)
