from looplab_checks import check, expect, fail


@check("One lock is shared by every booking")
def one_shared_lock(run):
    for site in run.code.calls("asyncio.Lock"):
        if site.function is not None:
            fail(
                f"{site.function}() creates a new asyncio.Lock() every time it runs, so each fan gets a lock "
                "of their own and no booking ever waits for another. Create the lock once, outside "
                f"{site.function}(), and share it."
            )


@check("Exactly three fans get a seat")
def three_seats(run):
    booked = [line.text.split(":")[0] for line in run.lines_with(": booked")]
    last = run.lines[-1].text if run.lines else ""
    if len(booked) > 3:
        fail(
            f'{len(booked)} fans were told "booked" but there were only 3 seats (the program ends with '
            f'"{last}"). While one booking awaits take_payment(), the others still see seats_left > 0. '
            "Checking for a seat and taking it must happen with no other booking in between: hold one "
            "shared lock around both, or take the seat before awaiting the payment."
        )
    if sorted(booked) != ["Ana", "Ben", "Chloé"]:
        fail(f"The seats should go to Ana, Ben and Chloé (the first three), but went to: {', '.join(booked) or 'nobody'}.")
    sold_out = sorted(line.text.split(":")[0] for line in run.lines_with(": sold out"))
    if sold_out != ["Dev", "Eli"]:
        fail('Dev and Eli should each be told "sold out".')
    if last != "seats left: 0":
        fail(f'The last line should be "seats left: 0", but it is "{last}".')


@check("The fans still book at the same time")
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
            "The five bookings no longer run at the same time. Keep main() as it is: fix the race inside "
            "book() instead of booking one fan after another."
        )


expect.runs_ok()
