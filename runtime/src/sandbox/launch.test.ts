/**
 * The OS layer on its own (SECURITY.md, layer 4): a plain Node script — no Python, no harness,
 * as if everything above had fallen — started the way learner code is, tries the network, the
 * host's files, the environment and a child process. The observer is this process: a listener
 * that must get no connection, a host file that must not be read, a secret that must not leak.
 * The same script without isolation does reach the listener: the test can fail.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { detectIsolation, type Isolation } from './isolation'
import { launchSandboxed } from './launch'

let listener: Server
let port = 0
let connections = 0
const folder = mkdtempSync(join(tmpdir(), 'looplab-launch-test-'))
const hostFile = join(folder, 'host-secret.txt')
const secret = `looplab-secret-${Math.random().toString(36).slice(2)}`

beforeAll(async () => {
  writeFileSync(hostFile, secret)
  process.env.LOOPLAB_TEST_SECRET = secret
  listener = createServer((socket) => {
    connections++
    socket.destroy()
  })
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve))
  port = (listener.address() as { port: number }).port
})

afterAll(() => {
  listener?.close()
  rmSync(folder, { recursive: true, force: true })
})

const attacker = () => `
const net = require('node:net'), fs = require('node:fs'), cp = require('node:child_process')
const report = (what, outcome) => process.stderr.write(what + ': ' + outcome + '\\n')
try { report('file', fs.readFileSync(${JSON.stringify(hostFile)}, 'utf8')) } catch (e) { report('file', 'refused ' + e.code) }
report('env', process.env.LOOPLAB_TEST_SECRET ?? 'absent')
try { cp.execSync('true'); report('child', 'ran') } catch (e) { report('child', 'refused ' + (e.code ?? e.message)) }
const socket = net.connect(${port}, '127.0.0.1')
socket.on('connect', () => { report('network', 'connected'); process.exit(0) })
socket.on('error', (e) => { report('network', 'refused ' + e.code); process.exit(0) })
`

function attack(isolation: Isolation): Promise<string> {
  const child = launchSandboxed(isolation, {
    command: process.execPath,
    args: ['-e', attacker()],
    readable: [],
    cpuSeconds: 20,
  })
  let stderr = ''
  child.stderr?.setEncoding('utf8').on('data', (text: string) => (stderr += text))
  return new Promise((resolve) => child.on('exit', () => resolve(stderr)))
}

const isolation = detectIsolation()

describe.runIf(isolation.kind !== 'none')(`the OS sandbox (${isolation.kind})`, () => {
  it('gives a process no network, no host files, no secrets', async () => {
    const before = connections
    const report = await attack(isolation)
    expect(report).toMatch(/network: refused/)
    expect(connections).toBe(before)
    expect(report).not.toContain(secret)
    expect(report).toMatch(/env: absent/)
    if (isolation.kind === 'bwrap') expect(report).toMatch(/file: refused ENOENT/)
  })

  it('is what stops it: the same process without isolation reaches the listener', async () => {
    const before = connections
    const report = await attack({ kind: 'none', reason: 'control' })
    expect(report).toMatch(/network: connected/)
    expect(connections).toBe(before + 1)
  })
})

it('says when this machine offers no isolation', () => {
  if (isolation.kind === 'none') expect(isolation.reason).toMatch(/\w/)
  else expect(['bwrap', 'unshare']).toContain(isolation.kind)
})
