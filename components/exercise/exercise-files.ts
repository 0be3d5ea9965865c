/**
 * The parts of an exercise the page fetches only when needed: its checks (and probes) on the first
 * Check, its solution once asked for. Each is fetched once per page; a failed fetch is tried again
 * next time.
 */
export class ExerciseFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ExerciseFileError'
  }
}

type Body = Record<string, unknown>
const kept = new Map<string, Promise<Body>>()

function fetchFile(id: string, file: 'checks' | 'solution'): Promise<Body> {
  const key = `${id}/${file}`
  let loading = kept.get(key)
  if (!loading) {
    loading = load(id, file)
    loading.catch(() => kept.delete(key))
    kept.set(key, loading)
  }
  return loading
}

async function load(id: string, file: 'checks' | 'solution'): Promise<Body> {
  let response: Response
  try {
    response = await fetch(`/api/exercises/${encodeURIComponent(id)}/${file}`)
  } catch {
    throw new ExerciseFileError(
      `Could not reach the server for this exercise's ${file}: are you offline?`,
    )
  }
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null
  const value = body?.[file]
  if (!response.ok || typeof value !== 'string') {
    const reason = typeof body?.message === 'string' ? body.message : `HTTP ${response.status}`
    throw new ExerciseFileError(`The server did not send this exercise's ${file} (${reason}).`)
  }
  return body as Body
}

/** checks.py (the judge's) and probes.py (run beside the learner's code; null if none). */
export async function exerciseChecks(
  id: string,
): Promise<{ checks: string; probes: string | null }> {
  const body = await fetchFile(id, 'checks')
  const probes = typeof body.probes === 'string' ? body.probes : null
  return { checks: body.checks as string, probes }
}

export async function exerciseSolution(id: string): Promise<string> {
  return (await fetchFile(id, 'solution')).solution as string
}
