/**
 * Test support: the programs in runtime/test-programs (documented in its README) and the oracle —
 * the machine's `python3 prog.py` in real time. Test files only; never shipped.
 */
import { createHash } from 'node:crypto'
import { execFile, execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runtimePackageRoot } from '../node/package-root'

export const programsRoot = join(runtimePackageRoot(), 'test-programs')

export type TestProgram = { name: string; path: string; source: string }

/** Every .py file directly in test-programs/<folder>, sorted by name. */
export function programsIn(folder: string): TestProgram[] {
  const dir = join(programsRoot, folder)
  return readdirSync(dir)
    .filter((name) => name.endsWith('.py') && statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => ({ name, path: join(dir, name), source: readFileSync(join(dir, name), 'utf8') }))
}

/** Sub-folders of test-programs/<folder> (one per diagnostic code). */
export function foldersIn(folder: string): string[] {
  const dir = join(programsRoot, folder)
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort()
}

export function readProgram(...parts: string[]): string {
  return readFileSync(join(programsRoot, ...parts), 'utf8')
}

/** The `# expect: …` (or `# expect-none: …`) header lines of a program. */
export function headerValues(source: string, key: 'expect' | 'expect-none'): string[] {
  const pattern = new RegExp(`^# ${key}: (.+)$`, 'gm')
  return [...source.matchAll(pattern)].map((match) => (match[1] ?? '').trim())
}

export type OracleResult = { stdout: string; exitCode: number }

/** As plain as a learner's terminal: no PYTHON* variables from the host. */
function oracleEnvironment(): NodeJS.ProcessEnv {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8' }
  return env as NodeJS.ProcessEnv
}

function runPython(source: string): Promise<OracleResult> {
  const folder = mkdtempSync(join(tmpdir(), 'looplab-oracle-'))
  writeFileSync(join(folder, 'main.py'), source)
  return new Promise((resolve, reject) => {
    const child = execFile(
      'python3',
      ['main.py'],
      { cwd: folder, env: oracleEnvironment(), timeout: 120_000 },
      (error, stdout) => {
        rmSync(folder, { recursive: true, force: true })
        const code = error ? error.code : 0
        if (typeof code !== 'number') reject(new Error(`python3 failed: ${error?.message}`))
        else resolve({ stdout, exitCode: code })
      },
    )
    child.stdin?.end() // like `python3 main.py < /dev/null`
  })
}

let pythonVersion: string | null = null
function oracleCacheDir(): string {
  pythonVersion ??= execFileSync('python3', ['--version'], { encoding: 'utf8' }).trim()
  return join(runtimePackageRoot(), '.build', 'oracle', pythonVersion.replace(/\W+/g, '-'))
}

/**
 * `python3 main.py` in real time. Real sleeps make this slow (a minute for the suite), so a result
 * is kept under runtime/.build/oracle keyed by the python version and the program's text; `fresh`
 * bypasses it (callers re-ask when a comparison fails, as real time is noisy on a loaded machine).
 */
export async function oracle(source: string, { fresh = false } = {}): Promise<OracleResult> {
  const dir = oracleCacheDir()
  const file = join(dir, `${createHash('sha256').update(source).digest('hex')}.json`)
  if (!fresh && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as OracleResult
  const result = await runPython(source)
  mkdirSync(dir, { recursive: true })
  writeFileSync(file, JSON.stringify(result))
  return result
}

/** Oracle results for many programs, a few at a time (they mostly sleep). */
export async function oracles(
  programs: TestProgram[],
  parallel = 8,
): Promise<Map<string, OracleResult>> {
  const results = new Map<string, OracleResult>()
  const queue = [...programs]
  const worker = async () => {
    for (let program = queue.shift(); program; program = queue.shift()) {
      results.set(program.name, await oracle(program.source))
    }
  }
  await Promise.all(Array.from({ length: parallel }, worker))
  return results
}
