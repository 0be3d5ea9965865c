/** The observers themselves: each one must notice what it watches, and nothing else. */
import { existsSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { placeholders, secretForms, startObservers, type Observers } from './observers'

let observers: Observers

beforeEach(async () => {
  observers = await startObservers()
})
afterEach(async () => {
  await observers.close()
})

function knock(port: number, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.end(text)
    })
    socket.on('error', reject)
    socket.on('close', () => resolve())
  })
}

describe('startObservers', () => {
  it('gives a canary path that does not exist, a port, and a secret for the host only', () => {
    expect(path.isAbsolute(observers.canaryPath)).toBe(true)
    expect(existsSync(observers.canaryPath)).toBe(false)
    expect(existsSync(path.dirname(observers.canaryPath))).toBe(true)
    expect(observers.port).toBeGreaterThan(0)
    expect(observers.env()).toEqual({ [observers.secretName]: observers.secretValue })
    expect(observers.secretValue.length).toBeGreaterThanOrEqual(32)
  })

  it('passes when nothing escaped', () => {
    expect(() =>
      observers.assertNothingEscaped([{ stdout: 'REFUSED', stderr: '' }, 'plain text', null]),
    ).not.toThrow()
    expect(observers.connections()).toBe(0)
  })

  it('substitutes every placeholder, as Python string content', () => {
    const source = [
      `CANARY = "${placeholders.canary}"`,
      `PORT = int("${placeholders.port}")`,
      `NAME = "${placeholders.secretName}"`,
      `AGAIN = "${placeholders.port}"`,
    ].join('\n')
    const text = observers.substitute(source)
    expect(text).toContain(`PORT = int("${observers.port}")`)
    expect(text).toContain(`AGAIN = "${observers.port}"`)
    expect(text).toContain(`NAME = "${observers.secretName}"`)
    expect(text).toContain(observers.canaryPath.replace(/\\/g, '\\\\'))
    expect(text).not.toContain('__LOOPLAB_')
    expect(text).not.toContain(observers.secretValue)
  })

  it('refuses an unknown placeholder (a typo in a program)', () => {
    expect(() => observers.substitute('x = "__LOOPLAB_CANRAY__"')).toThrow(/__LOOPLAB_CANRAY__/)
  })

  it('notices the canary, and any other file beside it', () => {
    writeFileSync(observers.canaryPath, 'x')
    expect(() => observers.assertNothingEscaped([])).toThrow(/canary .* was created/)
  })

  it('notices a stray file in the canary folder', () => {
    writeFileSync(path.join(path.dirname(observers.canaryPath), 'other.txt'), 'x')
    expect(() => observers.assertNothingEscaped([])).toThrow(/beside the canary: other.txt/)
  })

  it('counts connections to the listener and reports what they sent', async () => {
    await knock(observers.port, 'GET /from-the-sandbox HTTP/1.0\r\n\r\n')
    await expect.poll(() => observers.connections()).toBe(1)
    await expect.poll(() => observers.received()[0]).toContain('/from-the-sandbox')
    expect(() => observers.assertNothingEscaped([])).toThrow(/1 connection\(s\) reached/)
  })

  it.each([
    ['as is', (secret: string) => `value=${secret};`],
    ['reversed', (secret: string) => [...secret].reverse().join('')],
    ['as hex', (secret: string) => Buffer.from(secret).toString('hex')],
    ['as base64', (secret: string) => Buffer.from(secret).toString('base64')],
    [
      'as base64 inside more text',
      (s: string) => Buffer.from(`PATH=/bin\0K=${s}\0`).toString('base64'),
    ],
    ['as base64 at offset 1', (s: string) => Buffer.from(`x${s}`).toString('base64')],
    ['as base64 at offset 2', (s: string) => Buffer.from(`xy${s}`).toString('base64url')],
  ])('finds the secret in an answer %s', (_label, encode) => {
    const answer = { status: 'ok', stdout: `leak: ${encode(observers.secretValue)}\n` }
    expect(() => observers.assertNothingEscaped([{ fine: true }, answer])).toThrow(
      /answer 1 contains the host's secret/,
    )
  })

  it('finds the secret in a plain string answer too', () => {
    expect(() => observers.assertNothingEscaped([`x${observers.secretValue}x`])).toThrow(/secret/)
  })

  it('does not mistake the secret’s name for its value', () => {
    expect(() => observers.assertNothingEscaped([{ name: observers.secretName }])).not.toThrow()
  })

  it('checks a browser request log: the listener, the secret, other origins', () => {
    const origin = 'http://127.0.0.1:3000'
    const ok = [`${origin}/learn/x`, 'data:text/plain,hi', `blob:${origin}/1234`]
    expect(() =>
      observers.assertNothingEscaped([], { requests: ok, allowedOrigins: [origin] }),
    ).not.toThrow()
    const listener = `http://localhost:${observers.port}/js-fetch`
    expect(() => observers.assertNothingEscaped([], { requests: [listener] })).toThrow(
      /requested the listener/,
    )
    const carrying = `${origin}/x?q=${observers.secretValue}`
    expect(() => observers.assertNothingEscaped([], { requests: [carrying] })).toThrow(
      /carried the secret/,
    )
    expect(() =>
      observers.assertNothingEscaped([], {
        requests: ['https://evil.example/x'],
        allowedOrigins: [origin],
      }),
    ).toThrow(/another origin/)
  })

  it('closes: the listener stops and the canary folder goes', async () => {
    const folder = path.dirname(observers.canaryPath)
    await observers.close()
    await observers.close()
    expect(existsSync(folder)).toBe(false)
    await expect(knock(observers.port, 'late')).rejects.toThrow()
  })
})

describe('secretForms', () => {
  it('gives only forms long enough to never match by chance', () => {
    const forms = secretForms('looplabSecret0123456789abcdef0123456789abcdef')
    expect(forms.length).toBeGreaterThanOrEqual(10)
    for (const form of forms) expect(form.text.length).toBeGreaterThanOrEqual(16)
  })
})
