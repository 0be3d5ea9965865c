from looplab_checks import check, expect, fail

EXPECTED = """\
[0.0s] start podcast.mp3
[0.0s] start photos.zip
[0.0s] start notes.pdf
[0.5s] done notes.pdf
[1.5s] done photos.zip
[2.0s] done podcast.mp3
[2.0s] all downloads finished
"""

expect.no_call(
    "time.sleep",
    name="Nothing blocks the event loop",
    message="{function}() calls time.sleep(), which blocks the whole event loop: while one download "
    "sleeps, no other can run. Use await asyncio.sleep(seconds) instead.",
)


@check("main() waits for every download before saying they finished")
def waits_for_the_downloads(run):
    finished = run.line("all downloads finished")
    if finished is None:
        fail('The program never prints "all downloads finished".')
    done = [line for line in run.lines_with("done ") if line.index < finished.index]
    if not done:
        fail(
            '"all downloads finished" is printed before any download has finished. '
            "asyncio.gather(...) only starts the downloads; await it so main() waits for all three."
        )
    if len(done) < 3:
        fail(
            f'"all downloads finished" is printed when only {len(done)} of the 3 downloads are done. '
            "Wait for all three before saying so."
        )


expect.elapsed(
    2.0,
    name="The three downloads run at the same time (2.0 s)",
    message="The program took {elapsed:.1f} s of event-loop time, but with all three downloads running "
    "at once it should take 2.0 s, the length of the longest one. Is one download still awaited on its own?",
)
expect.max_concurrent_tasks(
    coro="download",
    at_least=3,
    name="Three download() tasks run at once",
    message="The output and the timing look right, but the downloads never ran at the same time: the most "
    "download() tasks running at once was {peak}, not 3. Start the three downloads together: "
    "await asyncio.gather(download(...), download(...), download(...)).",
)
expect.output(EXPECTED)
expect.runs_ok()


@check("download() still works on its own")
def download_alone(run):
    probe = run.probe("download-alone")
    if probe.error is not None:
        fail(f"download(\"song.ogg\", 0.7) raised {type(probe.error).__name__}: {probe.error}")
    if abs(probe.elapsed - 0.7) > 0.05:
        fail(f'download("song.ogg", 0.7) took {probe.elapsed:.1f} s instead of 0.7 s. Keep download() as it is.')
