/**
 * The parts of an exercise the page fetches only when needed: its checks on the first Check, its
 * solution once asked for. Each is fetched once per page; a failed fetch is tried again next time.
 */
export class ExerciseFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ExerciseFileError'
  }
}

const kept = new Map<string, Promise<string>>()

function fetchField(id: string, file: 'checks' | 'solution'): Promise<string> {
  const key = `${id}/${file}`
  let loading = kept.get(key)
  if (!loading) {
    loading = load(id, file)
    loading.catch(() => kept.delete(key))
    kept.set(key, loading)
  }
  return loading
}

async function load(id: string, file: 'checks' | 'solution'): Promise<string> {
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
  return value
}

export const exerciseChecks = (id: string) => fetchField(id, 'checks')
export const exerciseSolution = (id: string) => fetchField(id, 'solution')
