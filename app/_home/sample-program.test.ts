import { spawnSync } from 'node:child_process'
import { expect, it } from 'vitest'
import { sampleOutput, sampleProgram } from './sample-program'

// Real CPython, real clock (3 s): the landing page must not claim an output Python doesn't print.
it('the landing-page program prints what the page says', () => {
  const run = spawnSync('python3', ['-c', sampleProgram], { encoding: 'utf8', timeout: 20_000 })
  expect(run.stderr).toBe('')
  expect(run.stdout).toBe(sampleOutput)
})
