/**
 * Inside a WebContainer (process.versions.webcontainer) `looplab run` and `looplab grade` run
 * Python in-process: there is no Linux to sandbox with there, and the learner's own tab is the
 * boundary (sandbox/webcontainer.ts). Proven with a `bwrap` and an `unshare` on PATH that leave a
 * mark when anything so much as probes them: outside a WebContainer the CLI does.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runtimePackageRoot } from '../node/package-root'
import { insideWebContainer } from '../sandbox/webcontainer'

const bin = join(runtimePackageRoot(), 'bin', 'looplab.mjs')
const folder = mkdtempSync(join(tmpdir(), 'looplab-webcontainer-'))
const marker = join(folder, 'probed')
const tools = join(folder, 'bin')
const program = join(folder, 'hello.py')
spawnSync('mkdir', ['-p', tools])
for (const tool of ['bwrap', 'unshare']) {
  writeFileSync(join(tools, tool), `#!/bin/sh\necho ${tool} >> '${marker}'\nexit 1\n`)
  chmodSync(join(tools, tool), 0o755)
}
writeFileSync(
  program,
  'import asyncio\n\nasync def main():\n    await asyncio.sleep(3)\n    print("hello")\n\nasyncio.run(main())\n',
)
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** `looplab run` with only the fake tools on PATH, as a WebContainer's Node or as plain Node. */
function run(asWebContainer: boolean) {
  rmSync(marker, { force: true })
  const pretend = "Object.defineProperty(process.versions, 'webcontainer', { value: '1.0.0' })"
  const preload = asWebContainer
    ? ['--import', `data:text/javascript,${encodeURIComponent(pretend)}`]
    : []
  const done = spawnSync(process.execPath, [...preload, bin, 'run', program], {
    encoding: 'utf8',
    env: { ...process.env, PATH: tools, HOME: folder },
    timeout: 120_000,
  })
  return { code: done.status, stdout: done.stdout, stderr: done.stderr, probed: existsSync(marker) }
}

describe('looplab in a WebContainer', () => {
  it('knows a WebContainer by process.versions.webcontainer', () => {
    expect(
      insideWebContainer({ ...process.versions, webcontainer: '1.0.0' } as NodeJS.ProcessVersions),
    ).toBe(true)
    expect(insideWebContainer(process.versions)).toBe(false)
  })

  it('runs the program in-process there, never reaching for an OS sandbox', () => {
    const done = run(true)
    expect(done).toMatchObject({ code: 0, stdout: 'hello\n', probed: false })
  })

  it('outside one, reaches for the OS sandbox first (so the check above can fail)', () => {
    expect(run(false).probed).toBe(true)
  })
})
