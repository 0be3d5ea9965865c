/**
 * The worst case of SECURITY.md's layer 2: the grading process belongs to the attacker. Here it is
 * literally the attacker's program (fixtures/attacker-runner.mjs), speaking the runner protocol
 * and forging: a verdict of its own for a range of jobs, answers with guessed tokens, the recorded
 * observation of a real solution handed in for the unmodified starter, an answer given twice. Each
 * grade goes through the real pool and the real judge and is stored as the API stores it; the
 * observer reads the database afterwards: no `pass`, for that learner or any other.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeDatabase, getDatabase } from '@/lib/server/db'
import { learnerProgress, recordSubmission } from '@/lib/server/db/submissions'
import { pgliteForTests } from '@/lib/server/testing/test-databases'
import { createPyodideNodeEngine } from '@looplab/runtime/engines/node'
import { judgeObserved } from '@looplab/runtime'
import { loadExercise } from '@looplab/runtime/grade'
import type { Observation } from '@looplab/runtime'
import type { ExerciseDefinition } from '@looplab/runtime'
import { runnerPaths, SandboxedEngine, defaultSandboxLimits } from '@looplab/runtime/sandbox'
import { createGradingService, type GradingService } from '.'
import { gradingSettings } from './settings'

const exerciseId = 'download-all-at-once'
const folder = mkdtempSync(path.join(tmpdir(), 'looplab-forged-'))
const attacker = path.resolve('lib/server/grading/fixtures/attacker-runner.mjs')
let exercise: ExerciseDefinition
let solutionObservation: Observation
const services: GradingService[] = []
const database = pgliteForTests()

beforeAll(async () => {
  Object.assign(process.env, database.env)
  delete process.env.DATABASE_URL
  exercise = await loadExercise(path.resolve('content'), exerciseId)
  // What an honest run of the model answer looks like: the best forgery there is.
  const honest = await createPyodideNodeEngine()
  const observed = await honest.observe({ 'main.py': exercise.solution }, exercise.probes, {
    entry: 'main.py',
  })
  await honest.dispose()
  if (observed.kind !== 'observed') throw new Error('the solution could not be observed')
  solutionObservation = observed.observation
}, 120_000)

afterAll(async () => {
  await Promise.all(services.map((service) => service.close()))
  await closeDatabase()
  await database.cleanup()
  rmSync(folder, { recursive: true, force: true })
})

/** The grading service, with every runner process replaced by the attacker's program. */
async function serviceRunning(mode: string): Promise<GradingService> {
  const plan = path.join(folder, `${mode}.json`)
  writeFileSync(plan, JSON.stringify({ mode, observation: solutionObservation }))
  const real = await runnerPaths()
  const settings = gradingSettings({ LOOPLAB_GRADERS: '3', LOOPLAB_GRADER_SPARES: '0' })
  const service = await createGradingService(
    async () => async () => {
      const engine = new SandboxedEngine(
        { kind: 'none', reason: 'the attacker already owns this process' },
        { ...real, runner: attacker, worker: plan },
        { ...defaultSandboxLimits, bootMs: 10_000 },
      )
      await engine.boot()
      return engine
    },
    settings,
  )
  services.push(service)
  return service
}

/** Grades as POST /api/grade does, and stores the grade for the learner. */
async function submit(service: GradingService, learner: string, code: string) {
  const { checks, probes } = exercise
  const grade = await service.grade(learner, { id: exerciseId, checks, probes }, code)
  await recordSubmission(await getDatabase(), { learnerId: learner, exerciseId, code, grade })
  return grade
}

async function passedBy(learner: string): Promise<boolean> {
  const progress = await learnerProgress(await getDatabase(), learner)
  return progress.some((entry) => entry.exercise === exerciseId && entry.passed)
}

const learners = ['mallory', 'ana', 'ben']

describe('a grading process controlled by the attacker', () => {
  it.each(['verdict', 'guessed-tokens', 'forged-observation', 'answer-twice'])(
    '%s: no pass is stored for anyone',
    async (mode) => {
      const service = await serviceRunning(mode)
      for (const learner of learners) {
        for (let attempt = 0; attempt < 2; attempt++) {
          const grade = await submit(service, `${mode}-${learner}`, exercise.starter)
          expect(grade.status, `${learner}, attempt ${attempt + 1}`).not.toBe('pass')
        }
      }
      for (const learner of learners) expect(await passedBy(`${mode}-${learner}`)).toBe(false)
    },
    // Six grades, each a process started and a judge run: minutes on a loaded 2-core machine.
    240_000,
  )

  it('the forgery is a good one: with the code it was recorded from, it passes', async () => {
    // So what stops it above is the judge checking the record against the starter's code.
    const judge = await createPyodideNodeEngine()
    try {
      const files = { 'main.py': exercise.solution }
      const { grade } = await judgeObserved(judge, exercise.checks, files, 'main.py', {
        kind: 'observed',
        observation: solutionObservation,
        timedOut: false,
        wallMs: 3,
      })
      expect(grade.status).toBe('pass')
      const forged = await judgeObserved(
        judge,
        exercise.checks,
        { 'main.py': exercise.starter },
        'main.py',
        { kind: 'observed', observation: solutionObservation, timedOut: false, wallMs: 3 },
      )
      expect(forged.grade.status).toBe('error')
      expect(forged.grade.message).toMatch(/does not match its code/)
    } finally {
      await judge.dispose()
    }
  })
})
