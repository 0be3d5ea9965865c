/**
 * The anonymous learner: a random 128-bit id in an httpOnly, SameSite=Lax cookie. Unguessable, so
 * nobody can read or add to another learner's progress; no account, no personal data.
 */
import { randomBytes } from 'node:crypto'

export const learnerCookieName = 'looplab_learner'
const idPattern = /^[A-Za-z0-9_-]{22}$/
const oneYearSeconds = 365 * 24 * 60 * 60

export function newLearnerId(): string {
  return randomBytes(16).toString('base64url')
}

/** The learner id the request carries, or null (no cookie, or not one we could have made). */
export function readLearnerId(request: Request): string | null {
  const header = request.headers.get('cookie')
  if (!header) return null
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=')
    if (name !== learnerCookieName) continue
    const value = rest.join('=')
    return idPattern.test(value) ? value : null
  }
  return null
}

export function learnerCookie(id: string, request: Request): string {
  const https =
    new URL(request.url).protocol === 'https:' ||
    request.headers.get('x-forwarded-proto') === 'https'
  return [
    `${learnerCookieName}=${id}`,
    'Path=/',
    `Max-Age=${oneYearSeconds}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(https ? ['Secure'] : []),
  ].join('; ')
}
