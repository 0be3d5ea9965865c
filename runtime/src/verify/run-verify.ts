/**
 * One `looplab verify` run: load the course (a content error is a failed check, not a crash),
 * narrow it to the PATHs, plan every check kind's checks, run them all at once — Pyodide queues
 * its runs, CPython runs `parallelism` processes at a time — and collect results in plan order.
 */
import { ContentError } from '../content/content-error'
import { loadCourse } from '../content/course'
import type { Course } from '../content/types'
import { checkKinds as defaultCheckKinds } from './check-kinds'
import { createVerifyEngines, type VerifyEnginePool } from './engines'
import { selectScope } from './scope'
import type { CheckKind, CheckResult, VerifyCheck, VerifyReport } from './types'

export type VerifyOptions = {
  contentDir: string
  paths?: readonly string[]
  /** CPython processes at once (default: 2). */
  parallelism?: number
  checkKinds?: readonly CheckKind[]
  /** For tests: engines to run on instead of real ones. */
  engines?: VerifyEnginePool
}

export async function runVerify(options: VerifyOptions): Promise<VerifyReport> {
  const started = performance.now()
  const parallelism = options.parallelism ?? 2
  let course: Course
  try {
    course = await loadCourse(options.contentDir)
  } catch (error) {
    if (!(error instanceof ContentError)) throw error
    return contentFailureReport(error, started, parallelism)
  }
  const loadMs = performance.now() - started
  // Throws ScopeError for a PATH outside the course: the caller reports it as bad usage.
  const scope = selectScope(course, options.paths ?? [])
  const kinds = options.checkKinds ?? defaultCheckKinds
  const checks = (await Promise.all(kinds.map((kind) => kind.plan(scope)))).flat()
  const engines = options.engines ?? createVerifyEngines({ parallelism })
  let results: CheckResult[]
  try {
    results = await Promise.all(checks.map((check) => runCheck(check, engines)))
  } finally {
    if (!options.engines) await engines.dispose()
  }
  const stats = engines.stats()
  return {
    passed: results.filter((r) => r.passed).length,
    failed: results.filter((r) => !r.passed).length,
    ms: performance.now() - started,
    timings: { loadMs, pyodideBootMs: stats.pyodideBootMs, runs: stats.runs },
    pythons: stats.pythons,
    parallelism,
    skipped: scope.wholeCourse
      ? []
      : ['coverage of the whole course (sections taught, README current): verify without PATH'],
    checks: results,
  }
}

async function runCheck(check: VerifyCheck, engines: VerifyEnginePool): Promise<CheckResult> {
  const { run: _run, ...info } = check
  try {
    const outcome = await check.run({ engines })
    return { ...info, ...outcome, passed: outcome.problems.length === 0 }
  } catch (error) {
    // A check that throws is a bug somewhere, but it must not hide the other results.
    const text = `the check itself failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
    return { ...info, passed: false, problems: [{ kind: 'message', text }] }
  }
}

function contentFailureReport(error: ContentError, started: number, parallelism: number) {
  const checks: CheckResult[] = error.issues.map((issue, index) => ({
    kind: 'content',
    id: `content:${index}`,
    title: issue.field ? `content field "${issue.field}"` : 'content',
    file: issue.file,
    line: issue.line,
    passed: false,
    problems: [{ kind: 'message', text: issue.message }],
  }))
  const report: VerifyReport = {
    passed: 0,
    failed: checks.length,
    ms: performance.now() - started,
    timings: {
      loadMs: performance.now() - started,
      pyodideBootMs: null,
      runs: { 'pyodide-node': 0, cpython: 0 },
    },
    pythons: {},
    parallelism,
    skipped: ['every run: the course content must load first'],
    checks,
  }
  return report
}
