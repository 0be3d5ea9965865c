from looplab_checks import check, expect, fail


def outcome(run, name):
    """What the learner's WithDefaultTest reported with one version of with_default."""
    probe = run.probe(name)
    if probe.stopped:
        fail(f"The tests never finished (the run ended with: {probe.stopped}).")
    if probe.error is not None:
        fail(f"Running WithDefaultTest raised {type(probe.error).__name__}: {probe.error}")
    return probe.value


def must_catch(run, name, bug):
    if not outcome(run, name)["failed"]:
        fail(f"Every test passes against a with_default that {bug}: add a test that fails when it does.")


@check("WithDefaultTest is an IsolatedAsyncioTestCase")
def async_case(run):
    if not outcome(run, "correct")["async_case"]:
        fail(
            "WithDefaultTest is not an IsolatedAsyncioTestCase: a plain TestCase calls each async test method "
            "without awaiting the coroutine it returns, so no line of the test runs and it passes whatever it says."
        )


@check("The tests pass against the with_default given")
def pass_on_correct(run):
    result = outcome(run, "correct")
    if result["ran"] == 0:
        fail("WithDefaultTest has no test methods: name each one test_something.")
    if result["failed"]:
        fail(f"With the with_default given, which works, a test fails: {result['failed'][0]}")


@check("The tests catch a with_default that never gives up")
def catches_never_gives_up(run):
    must_catch(run, "never-gives-up", "waits for the slow coroutine however long it takes")


@check("The tests catch a with_default that forgets the default")
def catches_forgets_the_default(run):
    must_catch(run, "forgets-the-default", "returns None instead of the default after the timeout")


@check("The tests catch a with_default that leaves the slow coroutine running")
def catches_leaves_it_running(run):
    must_catch(run, "leaves-it-running", "returns the default on time but never cancels the slow coroutine")


@check("The tests catch a with_default that always gives the default")
def catches_always_the_default(run):
    must_catch(run, "always-the-default", "returns the default at once, even for a fast coroutine")


expect.runs_ok()
