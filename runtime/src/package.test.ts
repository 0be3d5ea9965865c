/**
 * The runtime stands on its own: `npm pack` gives a tarball that installs into an empty folder with
 * plain `npm install` — no workspace, no repository files, nothing fetched: its dependencies
 * (Pyodide and zod, and theirs) are packed from this checkout's node_modules and installed beside it
 * with --offline — and there `looplab run`, `looplab grade` on an exercise folder and
 * `looplab run --engine cpython` work as they do here.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const runtimeRoot = fileURLToPath(new URL('../', import.meta.url))
const exerciseDir = fileURLToPath(
  new URL(
    '../../content/01-why-async/01-sync-vs-async/exercises/download-all-at-once',
    import.meta.url,
  ),
)
const repoModules = fileURLToPath(new URL('../../node_modules', import.meta.url))
const folder = mkdtempSync(path.join(tmpdir(), 'looplab-package-'))
const project = path.join(folder, 'project')

/** The runtime's dependencies and theirs, as installed here (what npm would fetch). */
function dependencyClosure(): string[] {
  const manifest = (dir: string) =>
    JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>
    }
  const found = new Set<string>()
  const queue = Object.keys(manifest(runtimeRoot).dependencies ?? {})
  while (queue.length) {
    const name = queue.shift()!
    if (found.has(name)) continue
    found.add(name)
    queue.push(...Object.keys(manifest(path.join(repoModules, name)).dependencies ?? {}))
  }
  return [...found].map((name) => path.join(repoModules, name))
}

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' },
  })
}

function looplab(args: string[]) {
  return spawnSync(path.join(project, 'node_modules', '.bin', 'looplab'), args, {
    cwd: project,
    encoding: 'utf8',
    timeout: 120_000,
  })
}

beforeAll(() => {
  execFileSync(process.execPath, [path.join(runtimeRoot, 'scripts', 'build.mjs'), '--package'])
  npm(['pack', '--pack-destination', folder, '--silent'], runtimeRoot)
  npm(['pack', ...dependencyClosure(), '--pack-destination', folder, '--silent'], folder)
  const tarballs = readdirSync(folder)
    .filter((name) => name.endsWith('.tgz'))
    .map((name) => path.join(folder, name))
  cpSync(exerciseDir, path.join(project, 'download-all-at-once'), { recursive: true })
  writeFileSync(path.join(project, 'package.json'), '{ "name": "a-class", "private": true }\n')
  writeFileSync(
    path.join(project, 'example.py'),
    'import asyncio\n\nasync def main():\n    await asyncio.sleep(2)\n    print("two seconds later")\n\nasyncio.run(main())\n',
  )
  npm(['install', ...tarballs, '--offline', '--no-audit', '--no-package-lock'], project)
}, 300_000)

afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('the packed runtime, installed in an empty folder', () => {
  it('holds the built package and nothing of the repository', () => {
    const listing = npm(['pack', '--dry-run', '--json'], runtimeRoot)
    const files = (JSON.parse(listing) as { files: { path: string }[] }[])[0]!.files.map(
      (file) => file.path,
    )
    expect(files).toContain('dist/cli.js')
    expect(files).toContain('dist/workers/sandbox-runner.mjs')
    expect(files).toContain('python/_looplab/runner.py')
    expect(files.filter((file) => file.startsWith('src/') || file.startsWith('scripts/'))).toEqual(
      [],
    )
  })

  it('runs a program: looplab run', () => {
    const done = looplab(['run', 'example.py'])
    expect(done.stderr).not.toMatch(/could not|Error/)
    expect(done.stdout).toBe('two seconds later\n')
    expect(done.status).toBe(0)
  })

  it('grades a submission against an exercise folder: looplab grade', () => {
    const done = looplab([
      'grade',
      'download-all-at-once',
      'download-all-at-once/solution.py',
      '--json',
    ])
    expect(JSON.parse(done.stdout)).toMatchObject({ version: 3, status: 'pass' })
  })

  it('runs on the machine’s CPython: looplab run --engine cpython', () => {
    const done = looplab(['run', '--engine', 'cpython', 'example.py'])
    expect(done.stdout).toBe('two seconds later\n')
    expect(done.status).toBe(0)
  })
})
