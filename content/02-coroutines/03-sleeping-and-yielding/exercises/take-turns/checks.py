from looplab_checks import check, expect, fail

EXPECTED = """\
photos: scanned beach.jpg
music: scanned song.mp3
photos: scanned cat.jpg
music: scanned podcast.mp3
photos: scanned cake.jpg
music: scanned jingle.mp3
photos: done
music: done
"""


@check("Each scanner prints its own lines")
def scanners_print(run):
    scanners = {task.id for task in run.tasks(coro="scan")}
    printed = [line for line in run.lines if ": scanned " in line.text or line.text.endswith(": done")]
    if not printed:
        fail("No scanner printed anything: the output has no \"scanned\" line at all.")
    if not any(line.task in scanners for line in printed):
        fail(
            "The output is right, but no scan() task printed it: the lines were printed in the order the "
            "scanners should take turns, without the scanners running. Keep main() gathering the two "
            "scan(...) calls, and let each scanner give the other a turn with await asyncio.sleep(0)."
        )


@check("The two scanners take turns")
def take_turns(run):
    scanners = {task.id for task in run.tasks(coro="scan")}
    own = [line for line in run.lines if line.task in scanners]
    photos_done = next((line for line in own if line.text == "photos: done"), None)
    music_start = next((line for line in own if line.text.startswith("music: scanned")), None)
    if photos_done is None or music_start is None:
        fail("The two scanners did not both run to the end: the output lacks \"photos: done\" or a music line.")
    if photos_done.index > music_start.index:
        return
    if run.diagnostic("coroutine-never-awaited", mentioning="sleep()"):
        fail(
            "The photos scanner still finishes before the music scanner starts, and Python warns \"coroutine "
            "'sleep' was never awaited\". asyncio.sleep(0) on its own only creates a coroutine object; it "
            "pauses nothing until you await it: await asyncio.sleep(0)."
        )
    if run.code.uses("time.sleep"):
        fail(
            "The photos scanner still finishes before the music scanner starts. time.sleep(0) does not hand "
            "control back to the event loop: only an await can. Use await asyncio.sleep(0)."
        )
    fail(
        "The photos scanner still finishes before the music scanner starts: scan() never gives the event "
        "loop a chance to switch. An await that suspends, await asyncio.sleep(0), lets the other scanner run."
    )


expect.elapsed(
    0.0,
    tolerance=0.001,
    name="Taking turns adds no waiting time",
    message="The scanners take turns, but the scan now takes {elapsed:.1f} s instead of no time at all: a "
    "sleep of more than 0 seconds really waits. asyncio.sleep(0) gives the other scanner its turn without waiting.",
)
expect.output(EXPECTED)
expect.runs_ok()
