/** JSON responses with LoopLab's error shape: `{ error: <stable code>, message: <plain words> }`. */
export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers)
  headers.set('content-type', 'application/json; charset=utf-8')
  if (!headers.has('cache-control')) headers.set('cache-control', 'no-store')
  return new Response(JSON.stringify(body), { ...init, headers })
}

export function jsonError(
  status: number,
  error: string,
  message: string,
  extra: { headers?: HeadersInit; details?: Record<string, unknown> } = {},
): Response {
  return jsonResponse({ error, message, ...extra.details }, { status, headers: extra.headers })
}
