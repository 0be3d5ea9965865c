import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { startSandboxedNode } from './sandboxed-node'

const dir = mkdtempSync(path.join(tmpdir(), 'looplab-sandbox-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// What escaped code would try first: read a file, write one, run a command, start a worker
// (with execArgv: [] a worker would run outside the permission model), read secrets from env.
const probe = `
import fs from 'node:fs'
import cp from 'node:child_process'
import { Worker } from 'node:worker_threads'
const attempt = (name, action) => { try { action(); return [name, 'allowed'] } catch (error) { return [name, error.code ?? String(error)] } }
process.send(Object.fromEntries([
  attempt('read outside', () => fs.readFileSync(${JSON.stringify(path.join(dir, '..', path.basename(dir) + '-secret'))})),
  attempt('read /etc/hostname', () => fs.readFileSync('/etc/hostname')),
  attempt('write', () => fs.writeFileSync(${JSON.stringify(path.join(dir, 'written'))}, 'x')),
  attempt('spawn', () => cp.execSync('true')),
  attempt('worker', () => new Worker('1', { eval: true, execArgv: [] })),
  ['env', Object.keys(process.env).filter((k) => k !== 'NODE_ENV' && k !== 'PWD').join(',') || 'empty'],
]))
`

it('runs untrusted JavaScript with no file, process, worker or secret access', async () => {
  const script = path.join(dir, 'probe.mjs')
  writeFileSync(script, probe)
  process.env.LOOPLAB_TEST_SECRET = 'do-not-leak'
  const child = startSandboxedNode(script, [], {
    readable: [script],
    heapMiB: 64,
    cpuSeconds: 10,
    cwd: dir,
  })
  delete process.env.LOOPLAB_TEST_SECRET
  const report = await new Promise<Record<string, string>>((resolve, reject) => {
    child.once('message', (message) => resolve(message as Record<string, string>))
    child.once('exit', (code) => reject(new Error(`probe exited (${code}) without reporting`)))
  })
  child.kill()
  expect(report).toEqual({
    'read outside': 'ERR_ACCESS_DENIED',
    'read /etc/hostname': 'ERR_ACCESS_DENIED',
    write: 'ERR_ACCESS_DENIED',
    spawn: 'ERR_ACCESS_DENIED',
    worker: 'ERR_ACCESS_DENIED',
    env: 'empty',
  })
})

it('caps a process lifetime CPU, so an orphaned busy loop ends by itself', async () => {
  const script = path.join(dir, 'spin.mjs')
  writeFileSync(script, 'for (;;) {}\n')
  const child = startSandboxedNode(script, [], {
    readable: [script],
    heapMiB: 64,
    cpuSeconds: 1,
    cwd: dir,
  })
  const signal = await new Promise<NodeJS.Signals | null>((resolve) =>
    child.once('exit', (_code, signal) => resolve(signal)),
  )
  expect(['SIGXCPU', 'SIGKILL']).toContain(signal)
})
