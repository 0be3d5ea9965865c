/**
 * The real `looplab` command (runtime/bin/looplab.mjs) in a child process: output, exit codes,
 * --json, and usage errors.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runtimePackageRoot } from '../node/package-root'
import { RunResultSchema } from '../types'

const bin = join(runtimePackageRoot(), 'bin', 'looplab.mjs')
/** What differs between `python FILE` and a run in a fresh folder; the traceback too. */
const whereProgram = [
  'import asyncio, os, sys',
  '',
  'async def child():',
  '    await asyncio.sleep(1)',
  '',
  'async def main():',
  '    task = asyncio.create_task(child())',
  '    print(repr(task))',
  '    await task',
  '',
  'print(__file__, sys.argv[0], sys.path[0], os.getcwd())',
  'asyncio.run(main())',
  "raise SystemExit(f'done in {os.path.basename(os.getcwd())}')",
  '',
].join('\n')
let folder: string

function looplab(args: string[], input = '') {
  const done = spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { code: done.status, stdout: done.stdout, stderr: done.stderr }
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'looplab-cli-'))
  const write = (name: string, text: string) => writeFileSync(join(folder, name), text)
  write(
    'prog.py',
    'import asyncio, sys\nfrom helper import greet\n\nasync def main():\n    await asyncio.sleep(5)\n    print(greet(sys.argv[1:]), sys.stdin.read().strip())\n    print("warned", file=sys.stderr)\n    sys.exit(3)\n\nasyncio.run(main())\n',
  )
  write('helper.py', 'def greet(args):\n    return "hello " + " ".join(args)\n')
  write('boom.py', 'def f():\n    raise ValueError("boom")\n\nf()\n')
})

describe('looplab run', () => {
  it('runs like `python FILE`: its folder, argv, stdin, output and exit code', () => {
    const done = looplab(['run', join(folder, 'prog.py'), '--', 'a', '--b'], 'piped\n')
    expect(done.stdout).toBe('hello a --b piped\n')
    expect(done.stderr).toBe('warned\n')
    expect(done.code).toBe(3)
  })

  it('prints a traceback without harness frames and exits 1 on an exception', () => {
    const done = looplab(['run', join(folder, 'boom.py')])
    expect(done.code).toBe(1)
    expect(done.stderr).toContain(`File "${join(folder, 'boom.py')}", line 4, in <module>`)
    expect(done.stderr).toMatch(/ValueError: boom\n$/)
    expect(done.stderr).not.toContain('_looplab')
  })

  it("shows the program where `python FILE` does: paths, argv[0] as typed, the caller's folder", () => {
    const caller = mkdtempSync(join(tmpdir(), 'looplab-caller-'))
    mkdirSync(join(caller, 'project'))
    writeFileSync(join(caller, 'project', 'where.py'), whereProgram)
    const typed = join('project', 'where.py')
    const python = spawnSync('python3', [typed], { cwd: caller, encoding: 'utf8', timeout: 60_000 })
    const done = spawnSync(process.execPath, [bin, 'run', typed], {
      cwd: caller,
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(python.stdout).toContain(join(caller, 'project', 'where.py'))
    expect(done.stdout).toBe(python.stdout)
    expect(done.stderr).toBe(python.stderr)
    expect(done.status).toBe(python.status)
    // Pyodide's files are its own: nothing was written beside the program
    expect(readdirSync(join(caller, 'project'))).toEqual(['where.py'])
    rmSync(caller, { recursive: true, force: true })
  })

  it('a hostile located program neither reads nor writes the real folders it is shown', () => {
    // The attacker knows `looplab run` shows it the caller's paths: it reads a secret beside
    // it, writes and deletes there and in the caller's folder. The observer is this process.
    const caller = mkdtempSync(join(tmpdir(), 'looplab-caller-'))
    const project = join(caller, 'project')
    mkdirSync(project)
    writeFileSync(join(project, 'secret.txt'), 'CANARY-7f3a')
    writeFileSync(join(caller, 'keep.txt'), 'keep')
    writeFileSync(
      join(project, 'attack.py'),
      [
        'import os, shutil',
        'here = os.path.dirname(__file__)',
        'try:',
        '    print(open(os.path.join(here, "secret.txt")).read())',
        'except OSError as error:',
        '    print("no secret:", type(error).__name__)',
        'open(os.path.join(here, "planted.py"), "w").write("print(1)")',
        'open("planted-in-cwd.txt", "w").write("x")',
        'for name in os.listdir("."):',
        '    if os.path.isfile(name): os.remove(name)',
        'shutil.rmtree(here, ignore_errors=True)',
        'print("done")',
        '',
      ].join('\n'),
    )
    const done = spawnSync(process.execPath, [bin, 'run', join('project', 'attack.py')], {
      cwd: caller,
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(done.stdout).not.toContain('CANARY-7f3a')
    expect(done.stdout).toContain('done')
    expect(readdirSync(project).sort()).toEqual(['attack.py', 'secret.txt'])
    expect(readdirSync(caller).sort()).toEqual(['keep.txt', 'project'])
    rmSync(caller, { recursive: true, force: true })
  })

  it('prints a RunResult that validates with --json', () => {
    const done = looplab(['run', join(folder, 'prog.py'), '--json', '--', 'json'])
    const result = RunResultSchema.parse(JSON.parse(done.stdout))
    expect(result.exitCode).toBe(3)
    expect(result.virtualSeconds).toBeGreaterThanOrEqual(5)
    expect(result.python).toMatch(/\(pyodide\)$/)
    expect(done.code).toBe(3)
  })

  it('runs on the machine’s CPython with --engine cpython', () => {
    const done = looplab(['run', join(folder, 'prog.py'), '--engine', 'cpython', '--json'])
    expect(RunResultSchema.parse(JSON.parse(done.stdout)).python).toMatch(/\(cpython\)$/)
    expect(done.code).toBe(3)
  })

  it.each([
    [['run'], /missing FILE/],
    [['run', 'no-such-file.py'], /can't open file 'no-such-file.py'/],
    [['run', 'x.py', '--wat'], /Unknown option '--wat'/],
    [['run', 'x.py', '--engine', 'ruby'], /unknown engine 'ruby'/],
    [['run', 'x.py', '--engine', 'pyodide', '--realtime'], /--realtime needs --engine cpython/],
  ])('rejects %j with exit 2 and the usage', (args, message) => {
    const done = looplab(args)
    expect(done.code).toBe(2)
    expect(done.stderr).toMatch(message)
    expect(done.stderr).toContain('usage: looplab run FILE')
    expect(done.stdout).toBe('')
  })
})

describe('looplab', () => {
  it('prints the usage and exits 2 without a command, or for an unknown one', () => {
    expect(looplab([]).code).toBe(2)
    const unknown = looplab(['frobnicate'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/unknown command 'frobnicate'[\s\S]*looplab run FILE/)
  })

  it('prints the usage on stdout with --help', () => {
    const done = looplab(['--help'])
    expect(done.code).toBe(0)
    expect(done.stdout).toMatch(/looplab bench/)
  })

  it("prints one command's usage with COMMAND --help, but passes --help after -- to the program", () => {
    const help = looplab(['run', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^usage: looplab run FILE .*\n\nRun a program like `python FILE`/)
    const passed = looplab(['run', join(folder, 'prog.py'), '--', '--help'])
    expect(passed.stdout).toBe('hello --help \n')
  })
})
