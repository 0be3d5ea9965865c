/**
 * Observers OUTSIDE the sandbox, for the hostile corpus: what a program must never manage to do,
 * checked from the host rather than taken from the program's own word.
 *
 * - a canary: an absolute host path (in a folder of its own) that must never be created;
 * - a TCP listener on 127.0.0.1 (and ::1, same port) that counts every connection;
 * - a secret: an environment variable the host process (CLI, server) gets, whose value must never
 *   appear in any answer — raw, reversed, hex or base64 (at any byte alignment).
 *
 * Programs reach these through placeholders that `substitute()` replaces. Node tests start one set
 * per program (so each escape is attributed to its program) and call `assertNothingEscaped` with
 * every answer the program produced. The browser path passes the page's request log (Playwright)
 * as `requests`: a page's fetch to the listener also shows up as a connection, but a request the
 * browser blocked before connecting only shows up there.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const placeholders = {
  canary: '__LOOPLAB_CANARY__',
  port: '__LOOPLAB_PORT__',
  secretName: '__LOOPLAB_SECRET_NAME__',
} as const

/** Any placeholder-looking word: one left after substitution is a typo in a program. */
const placeholderPattern = /__LOOPLAB_[A-Z0-9_]+__/g

export type EscapeCheckOptions = {
  /** Browser path: every URL the page (and its workers) requested, e.g. from Playwright's
   *  `page.on('request')`. A request to the listener's port, carrying the secret, or (when
   *  `allowedOrigins` is given) to any other origin is an escape; data: and blob: URLs are not. */
  requests?: readonly string[]
  /** Browser path: origins the page may request, e.g. ['http://127.0.0.1:3000']. */
  allowedOrigins?: readonly string[]
}

export type Observers = {
  /** Absolute host path that must never exist (its folder exists and must stay empty). */
  readonly canaryPath: string
  /** TCP port on 127.0.0.1 where the listener counts connections. */
  readonly port: number
  /** Name of the environment variable holding the secret. */
  readonly secretName: string
  /** The secret itself: give it to the host process, never to the program. */
  readonly secretValue: string
  /** `{ [secretName]: secretValue }`, to spread into a child process's environment. */
  env(): Record<string, string>
  /** The program with every placeholder replaced; throws on an unknown placeholder. */
  substitute(source: string): string
  /** Connections the listener accepted so far. */
  connections(): number
  /** The first bytes each connection sent (for failure messages). */
  received(): readonly string[]
  /** Throws an Error naming everything that escaped: the canary, connections, the secret in an
   *  answer (each answer as JSON, or as is when it is a string), requests (browser path). */
  assertNothingEscaped(answers: readonly unknown[], options?: EscapeCheckOptions): void
  /** Stops the listener and removes the canary's folder. Idempotent. */
  close(): Promise<void>
}

/** Every text the secret can be recognised by in an answer. */
export function secretForms(secret: string): { label: string; text: string }[] {
  const bytes = Buffer.from(secret, 'utf8')
  const forms = [
    { label: 'as is', text: secret },
    { label: 'reversed', text: [...secret].reverse().join('') },
    { label: 'as hex', text: bytes.toString('hex') },
    { label: 'as upper-case hex', text: bytes.toString('hex').toUpperCase() },
    { label: 'URL-encoded', text: encodeURIComponent(secret) },
  ]
  // Base64 of a longer text containing the secret depends on where the secret starts modulo 3:
  // for each alignment keep only the characters made of the secret's bytes alone.
  for (let offset = 0; offset < 3; offset++) {
    const padded = Buffer.concat([Buffer.alloc(offset, 0x20), bytes])
    const skip = Math.ceil((offset * 8) / 6)
    for (const [label, encoding] of [
      ['as base64', 'base64'],
      ['as base64url', 'base64url'],
    ] as const) {
      const encoded = padded.toString(encoding).replace(/=+$/, '')
      forms.push({ label: `${label} (offset ${offset})`, text: encoded.slice(skip, -4) })
    }
  }
  return forms.filter((form) => form.text.length >= 16)
}

function pythonStringContent(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/'/g, "\\'")
}

function answerText(answer: unknown): string {
  if (typeof answer === 'string') return answer
  try {
    return JSON.stringify(answer) ?? String(answer)
  } catch {
    return String(answer)
  }
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen({ port, host, exclusive: true }, () => {
      server.off('error', reject)
      const address = server.address()
      resolve(typeof address === 'object' && address ? address.port : port)
    })
  })
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve()
    server.close(() => resolve())
  })
}

/**
 * The fixed name of the secret a long-lived host is started with, when the host cannot be started
 * per program: the e2e suite's server (playwright.config.ts puts it in `webServer.env`) and the
 * browser Playwright drives. Programs still read it through `__LOOPLAB_SECRET_NAME__`.
 */
export const sharedSecretName = 'LOOPLAB_HOSTILE_SECRET'

function newSecretValue(): string {
  return `looplabSecret${randomBytes(16).toString('hex')}`
}

/**
 * The shared secret's value in `env`, created there first when absent: a process that sets it
 * before starting others (Playwright's runner, which evaluates its config before starting the
 * server and the test workers, which evaluate it again) hands every one of them the same value.
 */
export function ensureSharedSecret(env: Record<string, string | undefined> = process.env): string {
  const present = env[sharedSecretName]
  if (present) return present
  const value = newSecretValue()
  env[sharedSecretName] = value
  return value
}

/** The shared secret `ensureSharedSecret` put in `env`; throws when there is none. */
export function sharedSecret(env: Record<string, string | undefined> = process.env): {
  name: string
  value: string
} {
  const value = env[sharedSecretName]
  if (!value || value.length < 32) {
    throw new Error(
      `${sharedSecretName} is not set: start the run through playwright.config.ts, which creates ` +
        'it and gives the same value to the server and to the specs',
    )
  }
  return { name: sharedSecretName, value }
}

export type ObserverOptions = {
  /** Watch for this secret (one a long-lived host already has: see `sharedSecret`) instead of a
   *  new one made for this set of observers. */
  secret?: { name: string; value: string }
}

export async function startObservers(options: ObserverOptions = {}): Promise<Observers> {
  const folder = mkdtempSync(path.join(tmpdir(), 'looplab-canary-'))
  const canaryPath = path.join(folder, 'canary-must-not-exist.txt')
  const suffix = randomBytes(4).toString('hex').toUpperCase()
  const secretName = options.secret?.name ?? `LOOPLAB_HOSTILE_SECRET_${suffix}`
  const secretValue = options.secret?.value ?? newSecretValue()

  const connections: { bytes: string }[] = []
  const sockets = new Set<Socket>()
  const onConnection = (socket: Socket) => {
    const record = { bytes: '' }
    connections.push(record)
    sockets.add(socket)
    socket.on('data', (chunk: Buffer) => {
      const room = 200 - record.bytes.length
      if (room > 0) record.bytes += chunk.toString('latin1').slice(0, room)
    })
    socket.on('error', () => {})
    socket.on('close', () => sockets.delete(socket))
    socket.setTimeout(2000, () => socket.destroy())
  }
  const ipv4 = createServer(onConnection)
  const port = await listen(ipv4, 0, '127.0.0.1')
  // "localhost" may resolve to ::1 first; same port there, when this machine has IPv6.
  const ipv6 = createServer(onConnection)
  await listen(ipv6, port, '::1').catch(() => undefined)

  let closed = false
  const forms = secretForms(secretValue)

  const observers: Observers = {
    canaryPath,
    port,
    secretName,
    secretValue,
    env: () => ({ [secretName]: secretValue }),
    substitute(source) {
      const text = source
        .replaceAll(placeholders.canary, pythonStringContent(canaryPath))
        .replaceAll(placeholders.port, String(port))
        .replaceAll(placeholders.secretName, secretName)
      const unknown = text.match(placeholderPattern)
      if (unknown) throw new Error(`unknown placeholder(s): ${[...new Set(unknown)].join(', ')}`)
      return text
    },
    connections: () => connections.length,
    received: () => connections.map((connection) => connection.bytes),
    assertNothingEscaped(answers, options = {}) {
      const found: string[] = []
      if (existsSync(canaryPath)) found.push(`the canary ${canaryPath} was created on the host`)
      const strays = existsSync(folder) ? readdirSync(folder) : []
      const others = strays.filter((name) => name !== path.basename(canaryPath))
      if (others.length) found.push(`files appeared beside the canary: ${others.join(', ')}`)
      if (connections.length > 0) {
        const what = connections.map((c) => JSON.stringify(c.bytes.slice(0, 80))).join(', ')
        found.push(`${connections.length} connection(s) reached 127.0.0.1:${port}: ${what}`)
      }
      answers.forEach((answer, index) => {
        const text = answerText(answer)
        for (const form of forms) {
          if (text.includes(form.text)) {
            found.push(`answer ${index} contains the host's secret ${form.label}`)
            break
          }
        }
      })
      const allowed = options.allowedOrigins
      for (const url of options.requests ?? []) {
        let parsed: URL | undefined
        try {
          parsed = new URL(url)
        } catch {
          parsed = undefined
        }
        const local = parsed && ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname)
        if (local && parsed?.port === String(port)) {
          found.push(`the page requested the listener: ${url}`)
        } else if (forms.some((form) => url.includes(form.text))) {
          found.push(`a request carried the secret: ${url}`)
        } else if (
          allowed &&
          parsed &&
          !['data:', 'blob:'].includes(parsed.protocol) &&
          !allowed.includes(parsed.origin)
        ) {
          found.push(`the page requested another origin: ${url}`)
        }
      }
      if (found.length) throw new Error(`escaped the sandbox:\n- ${found.join('\n- ')}`)
    },
    async close() {
      if (closed) return
      closed = true
      for (const socket of sockets) socket.destroy()
      await Promise.all([closeServer(ipv4), closeServer(ipv6)])
      rmSync(folder, { recursive: true, force: true })
    },
  }
  return observers
}
