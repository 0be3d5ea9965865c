/**
 * A runner started before its engine (what `looplab run` does, so Python boots while the CLI
 * loads): it is used only by the engine it was started for, never left running, and one that died
 * in between fails that engine's boot at once with the reason. Observed from this process: the
 * runner's process id, /proc, and how long the CLI takes to exit.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createSandboxedEngine, type SandboxedEngine } from '.'
import { runtimePackageRoot } from '../node/package-root'
import { discardPrestartedRunner, prestartRunner } from './prestart'

const oneJob = { warmUp: false }
let engine: SandboxedEngine | null = null

afterEach(async () => {
  discardPrestartedRunner()
  await engine?.dispose()
  engine = null
})

async function gone(pid: number): Promise<boolean> {
  for (let tries = 0; tries < 100; tries++) {
    if (!existsSync(`/proc/${pid}`)) return true
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return false
}

describe('a runner started beforehand', () => {
  it('is the one an engine with the same limits uses', async () => {
    const pid = await prestartRunner(oneJob)
    expect(pid).toEqual(expect.any(Number))
    engine = await createSandboxedEngine({ limits: oneJob })
    expect(engine.pid).toBe(pid)
    const result = await engine.run({ 'main.py': 'print("hello")\n' })
    expect(result.stdout).toBe('hello\n')
  }, 120_000)

  it('is stopped, not used, by an engine with other limits', async () => {
    const pid = await prestartRunner(oneJob)
    engine = await createSandboxedEngine({ limits: { warmUp: true } })
    expect(engine.pid).not.toBe(pid)
    expect(await gone(pid as number)).toBe(true)
  }, 120_000)

  it('that died before it was taken fails the boot at once, saying so', async () => {
    const pid = await prestartRunner(oneJob)
    process.kill(pid as number, 'SIGKILL')
    expect(await gone(pid as number)).toBe(true)
    // Without noticing the earlier exit, this would wait for the 60 s boot limit.
    await expect(createSandboxedEngine({ limits: oneJob })).rejects.toThrow(/SIGKILL/)
  }, 30_000)

  it('does not keep `looplab run` alive when the command fails before needing it', () => {
    const cli = join(runtimePackageRoot(), 'bin', 'looplab.mjs')
    const done = spawnSync(process.execPath, [cli, 'run', '/nonexistent/looplab/main.py'], {
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(done.signal).toBeNull() // not stopped by the timeout: it exited by itself
    expect(done.status).toBe(2)
    expect(done.stderr).toContain("can't open file")
  }, 90_000)
})
