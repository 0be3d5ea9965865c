/**
 * Every <Example> runs on Pyodide (CPython 3.14, what readers run), and — unless the author noted
 * that 3.11 and 3.14 differ — on the machine's CPython too, so a printed output is proven true of
 * real CPython and not only of our runtime. Both run under virtual time.
 */
import type { Lesson, LessonExample } from '../../content/types'
import { judgeExampleRun } from '../judge-run'
import type { CheckKind, VerifyCheck, VerifyEngineName } from '../types'

const engineLabels: Record<VerifyEngineName, string> = {
  'pyodide-node': 'pyodide',
  cpython: 'cpython',
}

function exampleCheck(lesson: Lesson, example: LessonExample, engine: VerifyEngineName) {
  const check: VerifyCheck = {
    kind: 'example',
    id: `${lesson.id}#${example.name}@${engineLabels[engine]}`,
    title: `example "${example.name}" on ${engineLabels[engine]}`,
    file: lesson.file,
    line: example.line,
    lessonId: lesson.id,
    engine,
    async run({ engines }) {
      const result = await engines.run(
        engine,
        { 'main.py': `${example.code}\n` },
        { limits: verifyLimits(example) },
      )
      return judgeExampleRun(example, result)
    },
  }
  return check
}

/**
 * Under virtual time a correct example finishes in milliseconds, but verify runs many at once on
 * a busy CI machine, where a python3 start alone can take seconds: the wall-clock limit is there
 * to stop real busy loops, not to judge speed. An example that declares `time-limit` keeps the
 * default, since that limit is what it demonstrates.
 */
export function verifyLimits(example: LessonExample) {
  return example.expected.status === 'time-limit' ? {} : { wallMs: generousWallMs }
}

export const generousWallMs = 30_000

export const exampleChecks: CheckKind = {
  kind: 'example',
  plan({ lessons }) {
    return lessons.flatMap((lesson) =>
      lesson.examples.flatMap((example) => {
        const checks = [exampleCheck(lesson, example, 'pyodide-node')]
        if (example.versionNote === null) checks.push(exampleCheck(lesson, example, 'cpython'))
        return checks
      }),
    )
  },
}
