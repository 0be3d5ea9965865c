/**
 * `looplab grade EXERCISE FILE|DIR [--json] [--engine pyodide|cpython] [--jobs N]
 * [--time-limit SECONDS] [--out DIR] [--content DIR]`: grades one submission (prints the
 * GradeResult), or every .py file in DIR (an
 * instructor's batch: progress bar, summary.json and summary.csv). EXERCISE is an id in the course's
 * content/ folder, or the path of an exercise folder. Exit 0 whatever the grades;
 * 2 on bad usage (an unknown exercise lists the closest ids).
 */
import { existsSync } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Engine } from '../../engine'
import { describe } from '../../engines/results'
import type { GradingEngines } from '../../grade/grading-engines'
import { UsageError, type CliIo, type Command } from '../io'

const engineNames = { pyodide: 'pyodide-node', cpython: 'cpython' } as const

type GradeFlags = {
  exercise: string
  target: string
  json: boolean
  engine: keyof typeof engineNames
  jobs: number
  /** Wall-clock limit per grade, in ms (program and probes); undefined: the default (10 s). */
  wallMs?: number
  out?: string
  content?: string
}

function parseGradeArgs(args: string[]): GradeFlags {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        engine: { type: 'string', default: 'pyodide' },
        jobs: { type: 'string' },
        'time-limit': { type: 'string' },
        out: { type: 'string' },
        content: { type: 'string' },
      },
    })
  } catch (error) {
    throw new UsageError(describe(error))
  }
  const { values, positionals } = parsed
  const [exercise, target, ...extra] = positionals
  if (!exercise) throw new UsageError('missing EXERCISE (an exercise id, e.g. stop-the-ticker)')
  if (!target) throw new UsageError('missing FILE or DIR (the submission, or a folder of them)')
  if (extra.length) throw new UsageError(`unexpected argument '${extra[0]}'`)
  const engine = values.engine
  if (engine !== 'pyodide' && engine !== 'cpython') {
    throw new UsageError(`unknown engine '${engine}' (choose pyodide or cpython)`)
  }
  const jobs = values.jobs === undefined ? Math.min(2, availableParallelism()) : Number(values.jobs)
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('--jobs needs a positive integer')
  const limit = values['time-limit']
  const seconds = limit === undefined ? undefined : Number(limit)
  if (seconds !== undefined && !(seconds > 0)) {
    throw new UsageError('--time-limit needs a positive number of seconds')
  }
  return {
    exercise,
    target,
    json: values.json,
    engine,
    jobs,
    wallMs: seconds === undefined ? undefined : seconds * 1000,
    out: values.out,
    content: values.content,
  }
}

async function loadFor(flags: GradeFlags) {
  // Loaded here: `looplab run` never pays for the grading and content modules.
  const grade = await import('../../grade/node')
  const { formatGrade } = await import('../../grade/cli/format-grade')
  // EXERCISE may be an exercise folder itself (an instructor's own, outside any course).
  const folder = path.resolve(flags.exercise)
  if (existsSync(path.join(folder, 'exercise.json'))) {
    const entry = { id: path.basename(folder), lessonId: '', dir: folder }
    return { grade, formatGrade, exercise: await grade.loadExerciseFolder(entry) }
  }
  const { findContentDir } = await import('../../verify/content-dir')
  const contentDir = flags.content ?? findContentDir()
  if (!contentDir) throw new UsageError('no content/ folder here or above (use --content DIR)')
  try {
    return { grade, formatGrade, exercise: await grade.loadExercise(contentDir, flags.exercise) }
  } catch (error) {
    if (error instanceof grade.UnknownExerciseError) throw new UsageError(error.message)
    throw error
  }
}

/** `count` engines that run the submissions, and the separate judge they share. */
async function startEngines(flags: GradeFlags, count: number): Promise<GradingEngines> {
  const { startGradingEngines } = await import('../../grade/grading-engines')
  return startGradingEngines(engineNames[flags.engine], count)
}

export const gradeCommand: Command = {
  name: 'grade',
  synopsis:
    'grade EXERCISE FILE|DIR [--json] [--engine pyodide|cpython] [--jobs N] [--time-limit S] [--out DIR]',
  summary: 'Grade a submission (or a folder of them) against an exercise',
  async run(args, io) {
    const flags = parseGradeArgs(args)
    const info = await stat(flags.target).catch(() => null)
    if (!info) throw new UsageError(`can't open '${flags.target}': no such file or folder`)
    const { grade, formatGrade, exercise } = await loadFor(flags)
    if (info.isDirectory()) return gradeFolder(flags, exercise, io)
    const code = await readFile(flags.target, 'utf8')
    const engines = await startOrReport(flags, 1, io)
    if (!engines) return 1
    const stop = interruptOnCtrlC(engines.runners, io)
    try {
      const result = await grade.gradeSubmission(
        engines.runners[0]!,
        engines.judge,
        exercise,
        code,
        gradeOptions(flags),
      )
      if (flags.json) io.out(`${JSON.stringify(result, null, 2)}\n`)
      else {
        const heading = `${path.basename(flags.target)} — "${exercise.title}" (${exercise.id})`
        io.out(formatGrade(result, heading))
      }
      return 0
    } finally {
      stop()
      await engines.dispose()
    }
  },
}

async function gradeFolder(
  flags: GradeFlags,
  exercise: import('../../grade').ExerciseDefinition,
  io: CliIo,
): Promise<number> {
  const { gradeBatch } = await import('../../grade/cli/batch')
  const { progressBar } = await import('../../grade/cli/progress-bar')
  const { writeSummary } = await import('../../grade/cli/summary')
  const names = (await readdir(flags.target, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.py'))
    .map((entry) => entry.name)
    .sort()
  if (!names.length) throw new UsageError(`no .py files in ${flags.target}`)
  const submissions = await Promise.all(
    names.map(async (file) => ({
      file,
      code: await readFile(path.join(flags.target, file), 'utf8'),
    })),
  )
  const booting = performance.now()
  const engines = await startOrReport(flags, Math.min(flags.jobs, names.length), io)
  if (!engines) return 1
  const bootMs = performance.now() - booting
  const abort = new AbortController()
  const stop = interruptOnCtrlC(engines.runners, io, abort)
  const bar = progressBar(io.err, io.isTTY === true, `grading ${exercise.id}`)
  try {
    const summary = await gradeBatch(exercise, submissions, {
      engines: engines.runners,
      judge: engines.judge,
      engineLabel: engineNames[flags.engine],
      bootMs,
      grade: gradeOptions(flags),
      signal: abort.signal,
      onProgress: (done, total) => bar.update(done, total),
    })
    bar.finish()
    const written = await writeSummary(flags.out ?? flags.target, summary)
    if (summary.graded < submissions.length) {
      io.err(`looplab grade: interrupted after ${summary.graded} of ${submissions.length}\n`)
    }
    if (flags.json) io.out(`${JSON.stringify(summary, null, 2)}\n`)
    else {
      const { counts } = summary
      io.out(
        `${summary.graded} submissions to ${exercise.id} graded in ${(summary.ms / 1000).toFixed(1)} s ` +
          `(${summary.gradesPerSecond} grades/s on ${summary.jobs} engine${summary.jobs > 1 ? 's' : ''}, ` +
          `started in ${(summary.bootMs / 1000).toFixed(1)} s): ` +
          `${counts.pass} pass, ${counts.fail} fail, ${counts.error} error\n` +
          `summary: ${written.join(', ')}\n`,
      )
    }
    return 0
  } finally {
    bar.finish()
    stop()
    await engines.dispose()
  }
}

function gradeOptions(flags: GradeFlags) {
  return flags.wallMs === undefined ? {} : { limits: { wallMs: flags.wallMs } }
}

async function startOrReport(flags: GradeFlags, count: number, io: CliIo) {
  try {
    return await startEngines(flags, count)
  } catch (error) {
    io.err(`looplab grade: could not start the Python runtime: ${describe(error)}\n`)
    return null
  }
}

function interruptOnCtrlC(
  engines: readonly Engine[],
  io: CliIo,
  abort?: AbortController,
): () => void {
  let interrupts = 0
  return io.onInterrupt(() => {
    interrupts += 1
    if (interrupts > 1) process.exit(130) // a second Ctrl-C: the user means it
    abort?.abort()
    for (const engine of engines) engine.interrupt()
  })
}
