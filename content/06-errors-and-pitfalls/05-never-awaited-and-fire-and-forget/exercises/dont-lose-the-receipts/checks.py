from looplab_checks import check, expect, fail

EXPECTED = """\
[0.5s] checked out A-101
[1.0s] checked out A-102
[1.5s] checked out A-103
[2.5s] receipt sent for A-101
[3.0s] receipt sent for A-102
[3.5s] receipt sent for A-103
[3.5s] till closed
"""
ORDERS = {"A-101": 0.5, "A-102": 1.0, "A-103": 1.5}


@check("Customers never wait for a receipt")
def customers_do_not_wait(run):
    closed = run.line("till closed")
    for order, due in ORDERS.items():
        line = run.line(f"checked out {order}")
        if line is not None and abs(line.t - due) > 0.05:
            closing = f" and the till closes at {closed.t:.1f} s" if closed else ""
            fail(
                f"Every receipt is sent, but the customers wait for them: {order} is checked out at {line.t:.1f} s "
                f"instead of {due:.1f} s{closing}. Send receipts as background tasks, and wait for them only at the end."
            )


@check("Every receipt is sent")
def every_receipt(run):
    sent = [order for order in ORDERS if run.line(f"receipt sent for {order}")]
    if len(sent) == len(ORDERS):
        return
    kept = any(not site.discarded for site in run.code.calls("asyncio.create_task"))
    sleeps_in_main = [site for site in run.code.calls("asyncio.sleep") if site.function == "main"]
    if sleeps_in_main:
        lost = len(ORDERS) - len(sent)
        got = " and ".join(f"{order}'s" for order in sent) if sent else "no"
        fail(
            f"Guessing how long to wait does not work: after your pause only {got} receipt was sent, and the "
            f"other {'two' if lost == 2 else lost} {'were' if lost > 1 else 'was'} cancelled when `main` "
            "returned. Wait for the receipt tasks themselves (gather them)."
        )
    if kept and not sent:
        closed = run.line("till closed")
        fail(
            f"Keeping the tasks in a list is half the fix: nothing awaits them, so `main` returns at "
            f"{closed.t if closed else run.elapsed:.1f} s and `asyncio.run` "
            "cancels all three receipts. Await them (for example `await asyncio.gather(*receipts)`) before "
            "closing the till."
        )
    fail(
        "No receipt is sent: the receipt tasks are fired and forgotten, so when `main` returns `asyncio.run` "
        "cancels them. Keep each task and await them all before closing the till."
    )


expect.max_concurrent_tasks(
    coro="send_receipt",
    at_least=3,
    name="The three receipts are sent in the background",
    message="The output and the timing look right, but the receipts were not sent in the background: "
    "the most send_receipt() tasks running at once was {peak}, not 3. Send each receipt as a task, "
    "asyncio.create_task(send_receipt(order)), and gather them before closing the till.",
)
expect.output(EXPECTED)
expect.no_task_left_pending()
expect.runs_ok()
