from looplab_checks import check, expect, fail


@check("The fans book at the same time")
def books_concurrently(run):
    peak = run.max_concurrent("book")
    if peak == 0:
        fail(
            "No booking ran: the timeline shows no book() task at all, so the lines were printed without "
            "any fan booking a seat. Keep main() as it is, booking all five fans at once with "
            "asyncio.gather(), and fix the race inside book() instead."
        )
    if peak < 5:
        fail(
            f"The five bookings no longer run at the same time (at most {peak} at once). Keep main() as it is: "
            "fix the race inside book() instead of booking one fan after another."
        )


@check("Exactly three fans get a seat")
def three_seats(run):
    bookings = {task.id for task in run.tasks("book")}
    if not bookings:
        fail("No book() task ran, so no fan booked anything.")
    booked = [line.text.split(":")[0] for line in run.lines_with(": booked") if line.task in bookings]
    last = run.lines[-1].text if run.lines else ""
    if len(booked) > 3:
        inside = [site for site in run.code.calls("asyncio.Lock") if site.function is not None]
        if inside:
            fail(
                f'{len(booked)} fans were told "booked" but there were only 3 seats: {inside[0].function}() creates '
                "a new asyncio.Lock() every time it runs, so each fan gets a lock of their own and no booking ever "
                f"waits for another. Create the lock once, outside {inside[0].function}(), and share it."
            )
        fail(
            f'{len(booked)} fans were told "booked" but there were only 3 seats (the program ends with '
            f'"{last}"). While one booking is paused at an await, the others read the same seat count. '
            "Reading the count and writing it back must happen with no other booking in between: hold one "
            "shared lock around both."
        )
    if sorted(booked) != ["Ana", "Ben", "Chloé"]:
        fail(f"The seats should go to Ana, Ben and Chloé (the first three), but went to: {', '.join(booked) or 'nobody'}.")
    sold_out = sorted(line.text.split(":")[0] for line in run.lines_with(": sold out") if line.task in bookings)
    if sold_out != ["Dev", "Eli"]:
        fail('Dev and Eli should each be told "sold out".')
    if last != "seats left: 0":
        fail(f'The last line should be "seats left: 0", but it is "{last}".')


@check("The three payments run at the same time")
def payments_overlap(run):
    bookings = {task.id for task in run.tasks("book")}
    booked = [line for line in run.lines_with(": booked") if line.task in bookings]
    if not booked:
        fail("No booking printed \"booked\", so no payment was taken.")
    if run.elapsed < 0.3:
        return
    if run.code.uses("asyncio.Lock"):
        fail(
            f"The concert is not oversold, but the sale took {run.elapsed:.1f} s: the lock is held across "
            "take_payment(), so each payment waits for the one before. Only reading and writing the seat count "
            "need the lock: reserve the seat inside it, then take the payment after releasing it."
        )
    fail(
        f"The sale took {run.elapsed:.1f} s: the payments happen one after another. Only reading and writing the "
        "seat count must not be interleaved; take the payments side by side."
    )


expect.runs_ok()
