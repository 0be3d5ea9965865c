/**
 * The warm-up every Pyodide boot runs before its first real job (and before a snapshot is taken):
 * one typical program, one observation and one judgement, so the WASM and the harness modules they
 * touch are compiled and imported already and the learner's first Run (or grade) is as fast as the
 * rest.
 */
import type { HarnessRunner } from './host'

/** A typical lesson program: running it once imports what most runs need (asyncio's tasks,
 *  queues, timeouts, the harness's lazy modules), so a snapshot taken afterwards already has them. */
const warmUpProgram = `import asyncio

async def worker(queue, name):
    async with asyncio.timeout(5):
        item = await queue.get()
    print(name, item)

async def main():
    queue = asyncio.Queue()
    async with asyncio.TaskGroup() as group:
        for name in ("a", "b"):
            group.create_task(worker(queue, name))
        for item in (1, 2):
            await queue.put(item)
    await asyncio.gather(asyncio.sleep(0.1), asyncio.wait_for(asyncio.sleep(0), 1))

asyncio.run(main())
`

/** A probes.py and a checks.py that touch every part of grading: loading probes and running a
 *  scenario (observe), then validating the observation, decoding its values, analysing the code and
 *  loading checks (judge), so both sides are imported and compiled before the first real grade
 *  (and in snapshots). */
const warmUpProbes = `import asyncio
from looplab_probes import CallWatch, scenario

@scenario("a probe", limit=1)
async def a_probe(learner):
    watch = CallWatch(learner, "worker")
    queue = asyncio.Queue()
    queue.put_nowait(1)
    await learner.worker(queue, "c")
    return {"calls": watch.calls, "peak": watch.peak, "nan": float("nan"), "error": ValueError("x")}
`

const warmUpChecks = `from looplab_checks import check, expect, fail
expect.no_call("time.sleep")
expect.runs_ok()
expect.max_concurrent_tasks(coro="worker", at_least=2)

@check("a probe")
def probe(run):
    if run.probe("a probe").value is None:
        fail("no value")
`

export function warmUp(runner: HarnessRunner): void {
  const request = { files: { 'main.py': warmUpProgram }, entry: 'main.py' }
  const result = JSON.parse(runner.run(JSON.stringify(request))) as { status?: string }
  if (result.status !== 'ok') throw new Error(`the warm-up program failed (${result.status})`)
  const observationJson = runner.run(
    JSON.stringify({ observe: { probes: warmUpProbes }, ...request }),
  )
  const observation = JSON.parse(observationJson) as { probes?: unknown[] }
  if (!observation.probes?.length) throw new Error('the warm-up observation failed')
  // The judge's code path, in the same interpreter only here: the warm-up's program is our own.
  const judged = JSON.parse(
    runner.run(
      `{"judge": {"checks": ${JSON.stringify(warmUpChecks)}, "observation": ${observationJson}, ` +
        `"files": ${JSON.stringify(request.files)}, "entry": "main.py"}}`,
    ),
  ) as { grade?: { status?: string } }
  if (judged.grade?.status !== 'pass') throw new Error('the warm-up judgement failed')
}
