/**
 * Who is asking, for rate limiting. Next.js puts the socket address in X-Forwarded-For when a
 * request has none; a proxy in front appends the address it saw. The right-most entry is the one
 * added closest to us, so it is the hardest to forge. (A client talking to Next directly can still
 * send its own header: put a proxy that overwrites it in front of a public server.)
 */
export function clientKey(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for')
  const last = forwarded?.split(',').at(-1)?.trim()
  return last || request.headers.get('x-real-ip')?.trim() || 'unknown'
}
