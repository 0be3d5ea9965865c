from looplab_checks import check, expect, fail

EXPECTED = """\
[1.5s] SlowBank timed out
[2.0s] 12.50 EUR charged by QuickPay
[3.5s] SlowBank timed out
[5.0s] LazyPay timed out
[5.0s] payment failed: nothing charged
"""

expect.no_exception(
    "TimeoutError",
    name="The checkout does not crash with TimeoutError",
    message="The program crashed with `TimeoutError`: inside the `async with asyncio.timeout(...)` block the "
    "interrupted await raises `CancelledError`, and the `TimeoutError` only appears at the end of the block. Put "
    "the `try` around the `async with`.",
)


@check("Each provider gets its own deadline")
def own_deadline(run):
    if run.line("charged by QuickPay") or run.line("QuickPay timed out"):
        return
    if not run.code.uses("asyncio.timeout", "asyncio.wait_for", "asyncio.timeout_at"):
        fail(
            "There is no deadline yet: SlowBank keeps the customer waiting 30 s and QuickPay is never tried. Give "
            "each provider at most `limit` seconds with `asyncio.timeout(limit)`."
        )
    fail(
        "QuickPay was never tried: one timeout around the whole loop is a single budget for all providers, and "
        "SlowBank used it up. Give each provider its own timeout, inside the loop."
    )


@check("A receipt is returned as soon as the provider answers")
def returns_at_once(run):
    receipt = run.line("charged by QuickPay")
    if receipt is None:
        fail('No receipt from QuickPay: the program never prints "charged by QuickPay".')
    if receipt is not None and abs(receipt.t - 2.0) > 0.05:
        fail(
            f"QuickPay answered after 0.5 s, but the receipt came only when the full 1.5 s had passed ({receipt.t:.1f} s "
            "instead of 2.0 s): sleeping for the limit and then checking always waits the maximum. A timeout "
            "returns as soon as the answer arrives."
        )


expect.output(EXPECTED)
expect.runs_ok()


@check("pay() works with other providers and limits")
def other_providers(run):
    probe = run.probe("other-providers")
    if probe.error is not None:
        fail(f'pay(3, ["TurtlePay", "FastCard"], limit=1) raised {type(probe.error).__name__}: {probe.error}')
    first, middle, second = probe.value
    if first != "3.00 EUR charged by FastCard" or abs(middle - 1.2) > 0.05:
        fail(
            "With TurtlePay answering after 2.5 s and FastCard after 0.2 s, pay(3, [\"TurtlePay\", \"FastCard\"], "
            f"limit=1) should give up on TurtlePay after 1 s and return \"3.00 EUR charged by FastCard\" at 1.2 s; "
            f"it returned {first!r} after {middle:.1f} s."
        )
    if second != "4.00 EUR charged by TurtlePay":
        fail(f"With limit=3, TurtlePay (2.5 s) answers in time: pay(4, [\"TurtlePay\"], limit=3) should return \"4.00 EUR charged by TurtlePay\", not {second!r}.")
    if probe.line("TurtlePay timed out") is None:
        fail('When TurtlePay runs out of time, pay() should print "TurtlePay timed out".')
