from looplab_checks import check, expect, fail

EXPECTED = """\
[0.5s] A: 4.2
[1.0s] skipped: sample B is contaminated
[1.0s] B: None
[1.5s] C: 3.7
[1.5s] microscope free? True
"""

NO_FINALLY = (
    "{when}, analyse() never gave the microscope back, so the next sample cannot take it. Give it back in a "
    "finally block: it runs whether measure() returned, raised an error you caught, or raised one you did not."
)


def outcome_of(run, name):
    probe = run.probe(name)
    if probe.error is not None:
        fail(f"The checks' scenario stopped with {type(probe.error).__name__}: {probe.error}")
    return probe.value


@check("analyse() skips a contaminated sample")
def skips_contaminated(run):
    outcome = outcome_of(run, "contaminated-sample")
    raised = outcome["raised"]
    if raised is not None:
        fail(
            f"With a contaminated sample, analyse() raised {type(raised).__name__}: {raised}. Catch ContaminatedError "
            "around await measure(sample): print the skipped line and return None."
        )
    if outcome["result"] is not None:
        fail(f"With a contaminated sample, analyse() returned {outcome['result']!r} instead of None.")
    if not outcome["free"]:
        fail(NO_FINALLY.format(when="After a contaminated sample"))


@check("analyse() lets every other error through")
def lets_bugs_through(run):
    outcome = outcome_of(run, "broken-measurement")
    raised = outcome["raised"]
    if raised is None:
        fail(
            f"When measure() failed with ZeroDivisionError, analyse() returned {outcome['result']!r} instead of "
            "letting the error through: it catches more than ContaminatedError. A bug is not a contaminated "
            "sample; catch only ContaminatedError."
        )
    if not isinstance(raised, ZeroDivisionError):
        fail(f"When measure() failed with ZeroDivisionError, analyse() raised {type(raised).__name__}: {raised} instead.")


@check("The microscope is given back after any error")
def gives_back_always(run):
    if not outcome_of(run, "broken-measurement")["free"]:
        fail(NO_FINALLY.format(when="When measure() failed with ZeroDivisionError"))


expect.runs_ok()
expect.output(EXPECTED)
