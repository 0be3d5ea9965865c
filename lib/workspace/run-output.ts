/**
 * Reads a RunResult out of what `looplab run --json` wrote to a WebContainer's terminal. The
 * terminal merges stderr into stdout and ends lines with CRLF, so the JSON is found as the last
 * block that starts with a line "{" — anything before it (a warning on stderr) is not the result.
 * A missing or malformed answer becomes a failed run that says so, never a crash.
 */
import { RunResultSchema, type RunResult } from '@looplab/runtime'

export const workspacePython = 'Pyodide in a WebContainer'

export function failedRun(
  message: string,
  status: RunResult['status'] = 'error',
  exitCode = 1,
): RunResult {
  const stderr = `LoopLab: the workspace could not run the program: ${message}\n`
  return {
    status,
    exitCode,
    stdout: '',
    stderr,
    events: [{ t: 0, stream: 'stderr', text: stderr }],
    virtualSeconds: 0,
    wallMs: 0,
    timeline: [],
    diagnostics: [],
    python: workspacePython,
  }
}

/** A run the learner stopped: the process was killed, what it printed is in the terminal. */
export function stoppedRun(): RunResult {
  const stderr = 'LoopLab: the program was stopped (its output so far is in the terminal).\n'
  const events = [{ t: 0, stream: 'stderr' as const, text: stderr }]
  return { ...failedRun(''), status: 'interrupted', exitCode: 130, stderr, events }
}

export function parseTerminalRun(terminalText: string, exitCode: number): RunResult {
  const text = terminalText.replace(/\r\n/g, '\n')
  const start = text.startsWith('{\n') ? 0 : text.lastIndexOf('\n{\n') + 1
  if (start === 0 && !text.startsWith('{\n')) {
    const said = text.trim().split('\n').slice(-3).join(' / ') || 'nothing'
    return failedRun(`looplab exited with ${exitCode} and printed no result (it said: ${said})`)
  }
  let value: unknown
  try {
    value = JSON.parse(text.slice(start))
  } catch (error) {
    return failedRun(`looplab printed a result that is not JSON (${(error as Error).message})`)
  }
  const parsed = RunResultSchema.safeParse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return failedRun(
      `looplab printed a malformed result (${issue?.path.join('.')}: ${issue?.message})`,
    )
  }
  return parsed.data
}

/** Reads a stream to its end, handing each chunk to `onChunk` as it comes. */
export async function drain(
  stream: ReadableStream<string>,
  onChunk?: (chunk: string) => void,
): Promise<string> {
  let all = ''
  const reader = stream.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return all
    all += value
    onChunk?.(value)
  }
}
