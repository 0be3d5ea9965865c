// Runs named shell steps in order, streaming their output, and reports one summary line.
// Shared by `npm run check` and `npm test` so both end the same, grep-able way.
import { spawn } from 'node:child_process'

export function runStep(command, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: 'inherit', env: { ...process.env, ...env } })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

/** steps: { name, command, env?, needs?: string[] }[] — a step whose needs failed is skipped. */
export async function runSteps(title, steps) {
  const started = Date.now()
  const outcome = new Map()
  for (const step of steps) {
    const blocked = (step.needs ?? []).filter((n) => outcome.get(n) !== 'passed')
    if (blocked.length) {
      outcome.set(step.name, 'skipped')
      console.log(`\n▶ ${step.name}: skipped (needs ${blocked.join(', ')})`)
      continue
    }
    console.log(`\n▶ ${step.name}: ${step.command}`)
    const t0 = Date.now()
    const code = await runStep(step.command, step.env)
    outcome.set(step.name, code === 0 ? 'passed' : 'failed')
    console.log(
      `◀ ${step.name}: ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    )
  }
  const count = (s) => [...outcome.values()].filter((v) => v === s).length
  const marks = [...outcome].map(
    ([n, s]) => `${n} ${s === 'passed' ? '✔' : s === 'failed' ? '✘' : '–'}`,
  )
  const seconds = ((Date.now() - started) / 1000).toFixed(0)
  console.log(
    `\n${title}: ${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped (${marks.join(', ')}) in ${seconds} s`,
  )
  return count('failed') + count('skipped') === 0 ? 0 : 1
}
