/**
 * Reads a JSON request body without trusting its size: a declared Content-Length over the limit is
 * refused before reading, and the stream is cut off as soon as the bytes read pass the limit.
 */
export type BodyResult =
  { ok: true; value: unknown } | { ok: false; status: 400 | 413; error: string; message: string }

export async function readJsonBody(request: Request, limitBytes: number): Promise<BodyResult> {
  const tooLarge = {
    ok: false,
    status: 413,
    error: 'too-large',
    message: `The request body is over ${limitBytes / 1024} KiB.`,
  } as const
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limitBytes) return tooLarge
  if (!request.body) return badBody('The request has no body: send JSON.')

  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limitBytes) {
      await reader.cancel().catch(() => {})
      return tooLarge
    }
    chunks.push(value)
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(concat(chunks, size))
  } catch {
    return badBody('The request body is not valid UTF-8.')
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return badBody(`The request body is not valid JSON (${reason}).`)
  }
}

function badBody(message: string): BodyResult {
  return { ok: false, status: 400, error: 'bad-body', message }
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}
