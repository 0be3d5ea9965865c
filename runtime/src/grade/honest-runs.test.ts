/**
 * The judge's validation never rejects an honest run, on Pyodide (Python 3.14) too: every example
 * of the course, every program in runtime/test-programs and every solution, starter and wrong answer
 * of every exercise (with its probes.py) is observed by one Pyodide interpreter and judged by
 * another. The Python tests prove the same on CPython (runtime/python/tests/test_validation.py).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadCourse } from '../content/course'
import { programsRoot } from '../testing/test-programs'
import { startGradingEngines, type GradingEngines } from './grading-engines'
import { listExercises, loadExerciseFolder } from './load-exercise'

const content = fileURLToPath(new URL('../../../content', import.meta.url))
const anyChecks = 'from looplab_checks import expect\nexpect.runs_ok()\n'
const mismatch = 'LoopLab could not grade this submission: the record of its run does not match'

type Program = { label: string; code: string; probes: string | null }

function testPrograms(dir: string): Program[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) return testPrograms(full)
      if (!name.endsWith('.py')) return []
      const label = path.relative(programsRoot, full)
      return [{ label, code: readFileSync(full, 'utf8'), probes: null }]
    })
}

async function honestPrograms(): Promise<Program[]> {
  const course = await loadCourse(content)
  const examples = course.lessons.flatMap((lesson) =>
    lesson.examples.map((example) => ({
      label: `${lesson.id}#${example.name}`,
      code: `${example.code}\n`,
      probes: null,
    })),
  )
  const exercises = await Promise.all(
    (await listExercises(content)).map(async (entry) => {
      const exercise = await loadExerciseFolder(entry)
      const codes = [
        ['solution.py', exercise.solution],
        ['starter.py', exercise.starter],
        ...exercise.wrong.map((wrong) => [wrong.file, wrong.code]),
      ]
      return codes.map(([file, code]) => ({
        label: `${exercise.id}/${file}`,
        code: code!,
        probes: exercise.probes,
      }))
    }),
  )
  return [...testPrograms(programsRoot), ...examples, ...exercises.flat()]
}

let engines: GradingEngines

beforeAll(async () => {
  // The course's own programs: one warm interpreter observes them all.
  engines = await startGradingEngines('pyodide-node', 1, { trusted: true })
})
afterAll(() => engines?.dispose())

describe('validation on Pyodide', () => {
  it('accepts every honest run', { timeout: 600_000 }, async () => {
    const programs = await honestPrograms()
    expect(programs.length).toBeGreaterThan(300)
    const rejected: string[] = []
    let judged = 0
    for (const { label, code, probes } of programs) {
      const files = { 'main.py': code }
      const observed = await engines.runners[0]!.observe(files, probes, {
        limits: { wallMs: 3000 },
      })
      if (observed.kind === 'failed') continue // a forced stop: nothing to judge
      const request = {
        checks: anyChecks,
        observation: observed.observation,
        files,
        entry: 'main.py',
      }
      const grade = await engines.judge.judge(request)
      judged += 1
      if (grade.message?.startsWith(mismatch)) rejected.push(`${label}: ${grade.message}`)
    }
    expect(rejected).toEqual([])
    expect(judged).toBeGreaterThan(programs.length - 5) // only busy loops fail to be observed
  })

  it('refuses a forged one: three downloads said to start on the starter’s await lines', async () => {
    const [entry] = (await listExercises(content)).filter((e) => e.id === 'download-all-at-once')
    const exercise = await loadExerciseFolder(entry!)
    const files = { 'main.py': exercise.starter }
    const observed = await engines.runners[0]!.observe(files, null)
    if (observed.kind !== 'observed') throw new Error('the starter could not be observed')
    const { run } = observed.observation
    const lines = exercise.starter.split('\n')
    const awaitLine = (name: string) => lines.findIndex((l) => l.includes(`download("${name}"`)) + 1
    const start = run.timeline[1]!.t
    const forged = [
      ...run.timeline.filter((event) => event.task === 1).slice(0, 2),
      ...['podcast.mp3', 'photos.zip', 'notes.pdf'].map((name, index) => ({
        t: start,
        task: index + 2,
        kind: 'created' as const,
        name: `Task-${index + 2}`,
        parent: 1,
        coro: 'download',
        line: awaitLine(name),
      })),
    ]
    const observation = { ...observed.observation, run: { ...run, timeline: forged } }
    const grade = await engines.judge.judge({
      checks: exercise.checks,
      observation,
      files,
      entry: 'main.py',
    })
    expect(grade.status).toBe('error')
    expect(grade.message).toBe(
      `${mismatch} its code (task 2 is said to start on line ${awaitLine('podcast.mp3')}, where nothing can start a task).`,
    )
  })
})
