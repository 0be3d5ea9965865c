/**
 * Every exercise is graded by its own checks on Pyodide (what learners run): the solution passes,
 * the starter fails, and each known wrong answer fails with exactly the message exercise.json
 * gives it as the first failing test's message. A folder that does not load is one failed check
 * naming each problem.
 */
import path from 'node:path'
import { ContentError, formatIssue } from '../../content/content-error'
import type { Course } from '../../content/types'
import { loadExerciseFolder } from '../../grade/load-exercise'
import type { ExerciseDefinition } from '../../grade/types'
import type { GradeResult } from '../../types'
import { generousWallMs } from './example-checks'
import type { CheckKind, CheckOutcome, Problem, VerifyCheck, VerifyEngines } from '../types'

type Loaded = { exercise: ExerciseDefinition } | { problems: Problem[] }

const loads = new WeakMap<Course, Map<string, Promise<Loaded>>>()

function load(course: Course, id: string): Promise<Loaded> {
  let byId = loads.get(course)
  if (!byId) loads.set(course, (byId = new Map()))
  let loading = byId.get(id)
  if (!loading) {
    const entry = course.exercises[id]
    loading = entry
      ? loadExerciseFolder({ id, lessonId: entry.lessonId, dir: entry.dir }).then(
          (exercise): Loaded => ({ exercise }),
          (error: unknown): Loaded => ({ problems: loadProblems(error) }),
        )
      : Promise.resolve({ problems: [{ kind: 'message', text: `no exercise "${id}"` }] })
    byId.set(id, loading)
  }
  return loading
}

function loadProblems(error: unknown): Problem[] {
  if (error instanceof ContentError) {
    return error.issues.map((issue) => ({ kind: 'message', text: formatIssue(issue) }))
  }
  return [{ kind: 'message', text: error instanceof Error ? error.message : String(error) }]
}

async function grade(engines: VerifyEngines, exercise: ExerciseDefinition, code: string) {
  // A generous wall limit: on a busy machine a probe-heavy grade may take a while.
  const limits = { wallMs: generousWallMs }
  return engines.grade('pyodide-node', { 'main.py': code }, exercise, { limits })
}

function firstFailure(result: GradeResult) {
  return result.tests.find((test) => test.status !== 'pass')
}

function describeGrade(result: GradeResult): string {
  if (result.status === 'error') return `status error: ${result.message ?? '(no message)'}`
  const failed = firstFailure(result)
  if (!failed) return `status ${result.status}: all ${result.tests.length} tests pass`
  return `status ${result.status}: first failing test "${failed.name}" says: ${failed.message ?? '(no message)'}`
}

type Expectation = {
  suffix: string
  title: string
  file(exercise: ExerciseDefinition): string
  code(exercise: ExerciseDefinition): string
  judge(result: GradeResult): Problem[]
}

function exerciseCheck(
  course: Course,
  id: string,
  want: Expectation,
  exercise: ExerciseDefinition | null,
): VerifyCheck {
  const entry = course.exercises[id]!
  return {
    kind: 'exercise-grade',
    id: `exercise:${id}:${want.suffix}`,
    title: `exercise "${id}": ${want.title}`,
    file: exercise ? want.file(exercise) : path.join(entry.dir, 'exercise.json'),
    lessonId: entry.lessonId,
    engine: 'pyodide-node',
    async run({ engines }): Promise<CheckOutcome> {
      const loaded = await load(course, id)
      if ('problems' in loaded) return { problems: loaded.problems }
      const { grade: result, run } = await grade(
        engines,
        loaded.exercise,
        want.code(loaded.exercise),
      )
      const problems = want.judge(result)
      const stderrTail = problems.length ? run.stderr.split('\n').slice(-6).join('\n') : undefined
      return {
        problems,
        python: run.python,
        runMs: run.wallMs,
        ...(stderrTail ? { stderrTail } : {}),
      }
    },
  }
}

const solutionPasses: Expectation = {
  suffix: 'grade-solution',
  title: 'solution.py passes its checks',
  file: (e) => path.join(e.dir, 'solution.py'),
  code: (e) => e.solution,
  judge: (result) =>
    result.status === 'pass'
      ? []
      : [{ kind: 'status', expected: 'pass', actual: describeGrade(result) }],
}

const starterFails: Expectation = {
  suffix: 'grade-starter',
  title: 'starter.py fails its checks',
  file: (e) => path.join(e.dir, 'starter.py'),
  code: (e) => e.starter,
  judge: (result) =>
    result.status === 'fail'
      ? []
      : [{ kind: 'status', expected: 'fail', actual: describeGrade(result) }],
}

function wrongAnswer(file: string, message: string): Expectation {
  return {
    suffix: `wrong:${path.basename(file, '.py')}`,
    title: `${file} fails with its message`,
    file: (e) => path.join(e.dir, file),
    code: (e) => e.wrong.find((w) => w.file === file)?.code ?? '',
    judge(result) {
      const failed = firstFailure(result)
      if (result.status === 'fail' && failed?.message === message) return []
      return [
        {
          kind: 'message',
          text: `expected the first failing test to say:\n  ${message}\nbut got ${describeGrade(result)}`,
        },
      ]
    },
  }
}

export const exerciseGradeChecks: CheckKind = {
  kind: 'exercise-grade',
  async plan({ course, exerciseIds }) {
    const planned = await Promise.all(
      exerciseIds.map(async (id): Promise<VerifyCheck[]> => {
        if (!course.exercises[id]) return []
        const loaded = await load(course, id)
        if ('problems' in loaded) {
          const definition = { ...solutionPasses, suffix: 'definition', title: 'its folder loads' }
          return [exerciseCheck(course, id, definition, null)]
        }
        const { exercise } = loaded
        const wrong = exercise.wrong.map((w) => wrongAnswer(w.file, w.message))
        return [solutionPasses, starterFails, ...wrong].map((want) =>
          exerciseCheck(course, id, want, exercise),
        )
      }),
    )
    return planned.flat()
  },
}
