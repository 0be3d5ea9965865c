// The production server for the grading benches: `next start` on a free localhost port with the
// environment a bench gives it, waited for until it answers, and stopped (and waited for) again.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { freePort } from './free-port.mjs'
import { projectRoot } from './submissions.mjs'

/** Exits with a plain message when there is no production build to start. */
export function requireBuild(who) {
  if (!existsSync(path.join(projectRoot, '.next', 'BUILD_ID'))) {
    console.error(`${who}: needs a production build: run \`npm run build\` first.`)
    process.exit(1)
  }
}

/**
 * Starts `next start` and resolves once GET /api/progress answers. `env` is added to this
 * process's environment. The server's stderr is kept (the last `keepLines` lines) and, with
 * `echo`, also written to ours prefixed with `[server]`, at most `echoLines` lines.
 */
export async function startServer({
  env = {},
  echo = true,
  echoLines = 200,
  keepLines = 400,
} = {}) {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '--hostname', '127.0.0.1', '--port', String(port)],
    {
      cwd: projectRoot,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  )
  const stderr = { lines: [], total: 0, echoed: 0 }
  let partial = ''
  child.stderr.setEncoding('utf8').on('data', (text) => {
    const lines = (partial + text).split('\n')
    partial = lines.pop() ?? ''
    for (const line of lines) {
      stderr.total++
      stderr.lines.push(line)
      if (stderr.lines.length > keepLines) stderr.lines.shift()
      if (echo && stderr.echoed < echoLines) {
        stderr.echoed++
        process.stderr.write(`[server] ${line}\n`)
        if (stderr.echoed === echoLines) process.stderr.write('[server] (more output not shown)\n')
      }
    }
  })
  let exit = null
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      exit = { code, signal }
      resolve(exit)
    })
  })

  const server = {
    base,
    port,
    pid: child.pid,
    child,
    stderr,
    /** { code, signal } once the server has exited, else null. */
    get exit() {
      return exit
    },
    /** SIGTERM, then SIGKILL after `graceMs`; resolves with how it ended. */
    async stop(graceMs = 10_000) {
      if (exit) return { ...exit, forced: false }
      child.kill('SIGTERM')
      const timer = new Promise((resolve) => setTimeout(resolve, graceMs, 'timeout'))
      if ((await Promise.race([exited, timer])) !== 'timeout') return { ...exit, forced: false }
      child.kill('SIGKILL')
      return { ...(await exited), forced: true }
    },
  }

  const started = performance.now()
  for (;;) {
    if (exit) {
      throw new Error(
        `the server exited while starting (${exit.signal ?? `exit ${exit.code}`}): ` +
          stderr.lines.slice(-5).join(' | '),
      )
    }
    try {
      if ((await fetch(`${base}/api/progress`)).ok) return server
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 60_000) {
      await server.stop(1000)
      throw new Error('the server did not answer within 60 s of starting')
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** The p-quantile (0..1) of ascending `sorted` numbers; null when there are none. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return null
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]
}
