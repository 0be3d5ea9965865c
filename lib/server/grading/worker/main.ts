/**
 * One grading process (bundled to .data/grader/worker-<hash>.mjs, started by the pool under Node's
 * permission model). Boots Pyodide once, then grades one submission at a time. `--prime` only makes
 * the memory snapshot the others boot from, and is the one mode allowed to write.
 */
import { gradeSubmission } from '@/runtime/src/grade'
import { bootForGrading, primeSnapshot } from './boot'
import { InlinePyodideEngine } from './inline-engine'
import type { FromGrader, ToGrader } from './messages'

const [mode, snapshotDir] = process.argv.slice(2)

function send(message: FromGrader): void {
  process.send?.(message)
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

async function prime(dir: string): Promise<void> {
  const made = await primeSnapshot(dir)
  process.stdout.write(made ? 'snapshot made\n' : 'snapshot present\n')
}

async function serve(dir: string): Promise<void> {
  if (!process.send) throw new Error('the grading process must be started with an IPC channel')
  const started = performance.now()
  const { py, fromSnapshot } = await bootForGrading(dir)
  const engine = new InlinePyodideEngine(py)
  process.on('message', (message: ToGrader) => {
    if (message.type !== 'grade') return
    const begun = performance.now()
    gradeSubmission(engine, message.exercise, message.code).then(
      (grade) => {
        const ms = performance.now() - begun
        send({ type: 'graded', id: message.id, grade, ms, retire: engine.broken })
      },
      (error: unknown) => send({ type: 'failed', id: message.id, message: describe(error) }),
    )
  })
  // The pool going away must not leave graders behind.
  process.on('disconnect', () => process.exit(0))
  send({ type: 'ready', python: engine.python, bootMs: performance.now() - started, fromSnapshot })
}

if (!snapshotDir || (mode !== '--prime' && mode !== '--serve')) {
  process.stderr.write('usage: worker.mjs --prime|--serve SNAPSHOT_DIR\n')
  process.exit(2)
}
;(mode === '--prime' ? prime(snapshotDir) : serve(snapshotDir)).catch((error: unknown) => {
  send({ type: 'boot-failed', message: describe(error) })
  process.stderr.write(
    `grading process: ${error instanceof Error ? error.stack : describe(error)}\n`,
  )
  process.exit(1)
})
