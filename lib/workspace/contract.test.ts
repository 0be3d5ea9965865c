/**
 * The contract a workspace rests on, proven without StackBlitz: the exact tree it would mount —
 * built by the same functions from the same files the site serves (the runtime and zod as
 * `npm pack` makes them, Pyodide from public/pyodide/<version>/) — written to a temporary folder,
 * runs the exact command the workspace would spawn under plain Node, and prints every example's
 * expected output for one lesson; `looplab grade` in the same tree grades an exercise.
 */
import { spawnSync } from 'node:child_process'
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { judgeExampleRun } from '@looplab/runtime'
import { extractExamples, parseMdx, splitFrontmatter } from '@looplab/runtime/content'
import type { LessonExample } from '@looplab/runtime/content'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { looplab, type SpawnSpec } from './commands'
import { FakeContainer } from './container-fake'
import { mountedFiles, treeBytes, type ExerciseFolder } from './mounted-tree'
import { parseTerminalRun } from './run-output'
import { loadSiteFiles, type SiteFiles } from './site-files'
import { createWebContainerEngine } from './webcontainer-engine'
// @ts-expect-error: a build script in plain JavaScript, without declarations
import { packForSite } from './pack-for-site.mjs'

const repo = fileURLToPath(new URL('../../', import.meta.url))
const lessonDir = path.join(repo, 'content/01-why-async/01-sync-vs-async')
const exerciseDir = path.join(lessonDir, 'exercises/download-all-at-once')
const folder = mkdtempSync(path.join(tmpdir(), 'looplab-workspace-'))
const site = path.join(folder, 'site')
const tree = path.join(folder, 'tree')
let files: SiteFiles

function lessonExamples(): LessonExample[] {
  const source = readFileSync(path.join(lessonDir, 'index.mdx'), 'utf8')
  const { body } = splitFrontmatter(source)
  const parsed = parseMdx(body, 'index.mdx')
  if (!parsed.ok) throw new Error(parsed.issue.message)
  return extractExamples(parsed.tree, 'index.mdx').examples
}

function exerciseFolder(): ExerciseFolder {
  const read = (name: string) => readFileSync(path.join(exerciseDir, name), 'utf8')
  const meta = JSON.parse(read('exercise.json')) as { title: string; hints: string[] }
  return {
    id: 'download-all-at-once',
    title: meta.title,
    hints: meta.hints,
    prompt: read('prompt.md'),
    starter: read('starter.py'),
    checks: read('checks.py'),
    probes: read('probes.py'),
  }
}

/** Writes a workspace's tree into `tree` (node_modules once; later ones add their folder). */
function writeTree(
  workspace: string,
  learnerFiles: Record<string, string>,
  exercise?: ExerciseFolder,
) {
  const all = mountedFiles({ workspace, learnerFiles, exercise, ...files })
  for (const [file, contents] of all) {
    const target = path.join(tree, file)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, contents)
  }
  return all
}

/** Runs a spawn spec under plain Node with stdout and stderr on one file, as a terminal has. */
function runUnderNode(spec: SpawnSpec): { text: string; status: number } {
  expect(spec.command).toBe('node')
  const log = path.join(folder, 'terminal.log')
  const fd = openSync(log, 'w')
  try {
    const done = spawnSync(process.execPath, spec.args, {
      cwd: path.join(tree, spec.cwd),
      stdio: ['ignore', fd, fd],
      timeout: 120_000,
    })
    return { text: readFileSync(log, 'utf8'), status: done.status ?? -1 }
  } finally {
    closeSync(fd)
  }
}

/** The command the engine spawns for a run: read off the engine itself, through the fake. */
async function engineSpawn(workspace: string): Promise<SpawnSpec> {
  const container = new FakeContainer()
  container.script = async () => 0
  const engine = createWebContainerEngine({ container, workspace })
  await engine.run({ 'main.py': 'pass\n' }, { entry: 'main.py' })
  const [spawned] = container.spawned
  return { command: spawned!.command, args: spawned!.args, cwd: spawned!.options.cwd! }
}

beforeAll(async () => {
  packForSite(path.join(site, 'workspace'))
  const served = (file: string) =>
    file.startsWith('/workspace/') ? path.join(site, file) : path.join(repo, 'public', file)
  files = await loadSiteFiles(async (file) => new Uint8Array(readFileSync(served(file))))
}, 180_000)

afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('the tree a workspace mounts, run under plain Node', () => {
  const examples = lessonExamples()

  it('holds the packed runtime, zod and Pyodide, and says how big it is', () => {
    const all = writeTree('size-probe', { 'main.py': 'print("hi")\n' })
    expect(all.has('node_modules/@looplab/runtime/dist/cli.js')).toBe(true)
    expect(all.has('node_modules/@looplab/runtime/python/_looplab/runner.py')).toBe(true)
    expect(all.has('node_modules/zod/package.json')).toBe(true)
    expect(all.has('node_modules/pyodide/pyodide.asm.wasm')).toBe(true)
    expect(
      [...all.keys()].filter((file) => file.startsWith('node_modules/@looplab/runtime/src/')),
    ).toEqual([])
    const mib = (treeBytes(all) / 2 ** 20).toFixed(1)
    console.info(`mounted tree: ${all.size} files, ${mib} MiB`)
  })

  it('has examples to run', () => expect(examples.length).toBeGreaterThan(2))

  for (const example of examples) {
    it(`prints the lesson's expected output: example ${example.name}`, async () => {
      const workspace = `example-${example.name}`
      writeTree(workspace, { 'main.py': `${example.code}\n` })
      const spec = await engineSpawn(workspace)
      const { text, status } = runUnderNode(spec)
      const result = parseTerminalRun(text, status)
      expect(judgeExampleRun(example, result).problems).toEqual([])
    })
  }

  it('grades an exercise with looplab grade: the solution passes, a wrong answer fails', () => {
    const exercise = exerciseFolder()
    const solution = readFileSync(path.join(exerciseDir, 'solution.py'), 'utf8')
    const wrong = readFileSync(path.join(exerciseDir, 'wrong/gather-not-awaited.py'), 'utf8')
    writeTree('exercise-download-all-at-once', { 'main.py': solution, 'wrong.py': wrong }, exercise)
    const grade = (file: string) => {
      const spec = looplab('exercise-download-all-at-once', ['grade', exercise.id, file, '--json'])
      const { text } = runUnderNode(spec)
      return JSON.parse(text.slice(text.indexOf('{'))) as { status: string }
    }
    expect(grade('main.py').status).toBe('pass')
    expect(grade('wrong.py').status).toBe('fail')
  })
})
