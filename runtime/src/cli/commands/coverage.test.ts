import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { main } from '../cli'
import type { CliIo } from '../io'

const fixture = fileURLToPath(new URL('../../verify/fixtures/course', import.meta.url))
let dir: string

async function cli(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    out: (text) => void out.push(text),
    err: (text) => void err.push(text),
    readStdin: async () => '',
    onInterrupt: () => () => undefined,
  }
  const code = await main(argv, io)
  return { code, out: out.join(''), err: err.join('') }
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'looplab-coverage-cli-'))
  await cp(fixture, dir, { recursive: true })
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('looplab coverage', () => {
  it('reports full coverage with exit 0', async () => {
    expect(await cli('coverage', '--content', dir)).toEqual({
      code: 0,
      out: '2 of 2 tutorial sections are taught\n',
      err: '',
    })
  })

  it('says the README is stale, and --write regenerates it', async () => {
    const readme = path.join(dir, 'README.md')
    const original = await readFile(readme, 'utf8')
    await writeFile(readme, 'hand edited\n')
    const stale = await cli('coverage', '--content', dir)
    expect(stale.code).toBe(1)
    expect(stale.out).toContain('README.md is stale: run `npx looplab coverage --write`')
    const written = await cli('coverage', '--content', dir, '--write')
    expect(written.code).toBe(0)
    expect(written.err).toMatch(/^wrote .*README\.md\n$/)
    expect(await readFile(readme, 'utf8')).toBe(original)
  })

  it('refreshes outline.json from the outline markdown with --outline-from', async () => {
    const markdown = path.join(dir, 'outline.md')
    await writeFile(
      markdown,
      '## Seed 000: `000_x.txt`\n\n1. **1. Introduction**: a.\n2. **2. Waiting**: b.\n3. **3. New**: c.\n',
    )
    const { code, out } = await cli('coverage', '--content', dir, '--outline-from', markdown)
    expect(code).toBe(1)
    expect(out).toContain('2 of 3 tutorial sections are taught\n  not taught: 000 "3. New"\n')
    const outline = JSON.parse(await readFile(path.join(dir, 'sources', 'outline.json'), 'utf8'))
    expect(outline.sections).toHaveLength(3)
  })

  it('rejects unknown arguments as bad usage', async () => {
    expect((await cli('coverage', 'extra')).code).toBe(2)
    expect((await cli('coverage', '--nope')).code).toBe(2)
  })
})
