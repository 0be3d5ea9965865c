from looplab_checks import check, expect, fail

EXPECTED = """\
[0.0s] room 1: projector on
[1.5s] projector@room 1 shows slide 1
[2.5s] projector@room 1 shows slide 2
[2.7s] room 1: projector off
[2.7s] room 2: projector on
[4.2s] projector@room 2 shows slide 1
[4.4s] room 2: projector off
[4.4s] room 2 stopped early: fire drill
"""


@check("borrow() works with async with")
def is_context_manager(run):
    probe = run.probe("lab")
    if probe.error is not None:
        if isinstance(probe.error, TypeError):
            fail(
                "borrow() is not an async context manager yet: `async with borrow(\"lab\")` raised TypeError. Put "
                "`@contextlib.asynccontextmanager` on it and `yield` the projector's name between switching on and "
                "switching off."
            )
        fail(f"`async with borrow(\"lab\")` raised {type(probe.error).__name__}: {probe.error}")


@check("The projector is on, and warm, before the block starts")
def on_before_block(run):
    probe = run.probe("lab")
    if probe.error is not None:
        fail("`async with borrow(\"lab\")` did not work (see above).")
    texts = [line.text for line in probe.lines]
    block = texts.index("BLOCK STARTS") if "BLOCK STARTS" in texts else None
    on = next((i for i, text in enumerate(texts) if text.endswith("lab: projector on")), None)
    off = next((i for i, text in enumerate(texts) if text.endswith("lab: projector off")), None)
    if off is not None and block is not None and off < block:
        fail(
            "The projector is switched off before the lesson starts: \"lab: projector off\" was logged before the "
            "block ran. Switch off after the `yield`, in a `finally:`."
        )
    if on is None or block is None or on > block:
        fail('On the way in, borrow("lab") should log "lab: projector on" before the block starts.')
    if probe.value["projector"] != "projector@lab":
        fail(f'`async with borrow("lab") as projector` should give projector == "projector@lab", not {probe.value["projector"]!r}.')
    if abs(probe.value["entered"] - 0.5) > 0.05:
        fail(f"The block started {probe.value['entered']:.1f} s after borrow(\"lab\") was entered, instead of 0.5 s (warming up).")


@check("The projector is switched off, and cooled, after the block")
def off_after_block(run):
    probe = run.probe("lab")
    if probe.error is not None:
        fail("`async with borrow(\"lab\")` did not work (see above).")
    texts = [line.text for line in probe.lines]
    ends = texts.index("BLOCK ENDS") if "BLOCK ENDS" in texts else None
    off = [i for i, text in enumerate(texts) if text.endswith("lab: projector off")]
    if not off or ends is None or off[-1] < ends:
        fail('On the way out, borrow("lab") should log "lab: projector off" after the block has ended.')
    if abs(probe.value["left"] - 1.7) > 0.05:
        fail(
            f"borrow(\"lab\") with a 1 s block took {probe.value['left']:.1f} s instead of 1.7 s (0.5 s warming up, "
            "the block, 0.2 s cooling down)."
        )


@check("A block that raises still switches the projector off, and the error comes out")
def error_path(run):
    probe = run.probe("lab-raises")
    texts = [line.text for line in probe.lines]
    block = texts.index("BLOCK STARTS") if "BLOCK STARTS" in texts else len(texts)
    switched_off = any(text.endswith("gym: projector off") for text in texts[block:])
    if probe.error is not None and not isinstance(probe.error, KeyError):
        fail(f"With a block that raises KeyError, borrow(\"gym\") raised {type(probe.error).__name__}: {probe.error}")
    if not switched_off:
        fail(
            "When the lesson in the block raises, the projector is never switched off: the code after `yield` is "
            "skipped, because the error is thrown in at the `yield`. Put the switching off in a `finally:` around "
            "the `yield`."
        )
    if probe.value is None or not probe.value["raised"]:
        fail(
            "borrow() swallows the error raised in the block: the lesson's KeyError never reached the code that used "
            "the projector. Switch off in a `finally:` and let the error continue, instead of catching it."
        )
    if not probe.value["same"]:
        fail("The KeyError raised in the block should come out of `async with borrow(...)` unchanged.")


@check("borrow() is made with contextlib.asynccontextmanager")
def uses_decorator(run):
    borrow = run.code.function("borrow")
    decorators = [run.code.resolve(node) for node in borrow.node.decorator_list] if borrow else []
    if "contextlib.asynccontextmanager" not in decorators:
        fail("Write borrow() with the `@contextlib.asynccontextmanager` decorator, as the lesson shows.")


expect.runs_ok()
expect.output(EXPECTED)
