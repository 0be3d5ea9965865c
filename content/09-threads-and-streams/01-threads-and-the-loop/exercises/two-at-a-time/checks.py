import ast

from looplab_checks import check, expect, fail

EXPECTED = """\
[0.2s] thumbnail b.jpg
[0.4s] thumbnail a.jpg
[0.5s] thumbnail c.jpg
[0.6s] thumbnail d.jpg
[0.6s] made thumb-a.jpg, thumb-b.jpg, thumb-c.jpg, thumb-d.jpg
the spinner turned 3 times
"""
SECONDS = {"a.jpg": 0.4, "b.jpg": 0.2, "c.jpg": 0.3, "d.jpg": 0.2}  # as in PHOTOS


def thumbnail_lines(run):
    """The four "thumbnail NAME" lines, or a failure naming what is missing."""
    lines = [line for line in run.lines if " thumbnail " in line.text and line.text.split()[-1] in SECONDS]
    if sorted(line.text.split()[-1] for line in lines) != sorted(SECONDS):
        fail("The program should print one \"thumbnail NAME\" line for each of the four photos, as make_thumbnail() does.")
    return lines


def most_at_once(lines):
    """How many thumbnails were being made at one moment, from when each finished and how long it takes."""
    edges = []
    for line in lines:
        end = line.t
        edges.append((end - SECONDS[line.text.split()[-1]] + 0.01, 1))  # started; 0.01: a job that ends
        edges.append((end, -1))  # as another starts does not overlap it
    busy = peak = 0
    for _, step in sorted(edges):
        busy += step
        peak = max(peak, busy)
    return peak


expect.no_diagnostic("blocking-call")


@check("make_thumbnail() runs in worker threads")
def in_threads(run):
    lines = thumbnail_lines(run)
    if any(line.task is not None for line in lines):
        fail(
            "The thumbnail lines came from the loop's own tasks, not from make_thumbnail() running in a worker "
            "thread: hand each call to the pool with loop.run_in_executor(pool, make_thumbnail, name, seconds)."
        )


@check("At most two thumbnails are made at once")
def at_most_two(run):
    peak = most_at_once(thumbnail_lines(run))
    if peak <= 2:
        return
    if run.code.uses("concurrent.futures.ThreadPoolExecutor"):
        fail(
            f"{peak} thumbnails were made at once, although a pool has two workers: each photo got a pool of its "
            "own. Make one ThreadPoolExecutor(max_workers=2) around all four jobs."
        )
    fail(
        f"{peak} thumbnails were made at once, but the disk takes two at a time. asyncio.to_thread (and "
        "run_in_executor(None, ...)) use the default executor, which has more workers: make a "
        "ThreadPoolExecutor(max_workers=2) and pass it to loop.run_in_executor."
    )


@check("Two thumbnails are made at a time")
def two_at_a_time(run):
    if most_at_once(thumbnail_lines(run)) < 2:
        fail(
            "One thumbnail at a time: each run_in_executor was awaited before the next was handed to the pool. "
            "Hand all four to the pool first, then await them together with asyncio.gather."
        )


@check("The pool is shut down when the work is done")
def shut_down(run):
    tree = run.code.tree
    pools = run.code.calls("concurrent.futures.ThreadPoolExecutor")
    if tree is None or not pools:
        fail("Make the pool with concurrent.futures.ThreadPoolExecutor(max_workers=2).")
    in_with = any(
        run.code.resolve(item.context_expr.func) == "concurrent.futures.ThreadPoolExecutor"
        for node in ast.walk(tree)
        if isinstance(node, ast.With)
        for item in node.items
        if isinstance(item.context_expr, ast.Call)
    )
    if not in_with and not run.code.uses(".shutdown"):
        fail(
            "The pool is never shut down: its worker threads stay behind after the work. Make it in a "
            "`with ThreadPoolExecutor(max_workers=2) as pool:` block around the work, which shuts it down at the end."
        )


expect.runs_ok()
expect.output(EXPECTED)
