/**
 * The warm-up every Pyodide boot runs before its first real job (and before a snapshot is taken):
 * one typical program and one grade, so the WASM and the harness modules they touch are compiled
 * and imported already and the learner's first Run is as fast as the rest.
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

/** Checks that touch every part of grading (loading checks, code analysis, a probe), so the
 *  grading modules are imported and compiled before the first real grade (and in snapshots). */
const warmUpChecks = `from looplab_checks import check, expect, fail
expect.no_call("time.sleep")
expect.runs_ok()

@check("a probe")
def probe(run):
    async def scenario(learner):
        return await learner.worker(__import__("asyncio").Queue(), "c")
    run.probe(scenario, limit=1)
`

export function warmUp(runner: HarnessRunner): void {
  const request = { files: { 'main.py': warmUpProgram }, entry: 'main.py' }
  const result = JSON.parse(runner.run(JSON.stringify(request))) as { status?: string }
  if (result.status !== 'ok') throw new Error(`the warm-up program failed (${result.status})`)
  const graded = JSON.parse(
    runner.run(JSON.stringify({ ...request, grade: { checks: warmUpChecks } })),
  ) as { grade?: { status?: string } }
  if (!graded.grade?.status) throw new Error('the warm-up grade failed')
}
