/**
 * The machine's CPython, checked once: the oracle engine needs 3.11 or newer (TaskGroup,
 * asyncio.timeout, except*), and a missing python3 must say so plainly.
 */
import { execFile } from 'node:child_process'

export type PythonCommand = {
  executable: string
  label: string
  /** The interpreter itself (not a shim) and the folders it reads: what a sandbox must show it. */
  binary: string
  prefixes: string[]
}

export function findPython(
  executable = process.env.LOOPLAB_PYTHON ?? 'python3',
): Promise<PythonCommand> {
  const probe =
    'import json, os, sys; print(json.dumps(["%d.%d.%d" % sys.version_info[:3], ' +
    'os.path.realpath(sys.executable), sorted({sys.prefix, sys.base_prefix, sys.exec_prefix})]))'
  return new Promise((resolve, reject) => {
    execFile(executable, ['-c', probe], { timeout: 10_000 }, (error, stdout) => {
      if (error) {
        reject(
          new Error(
            `cannot run ${executable} (${error.message.split('\n')[0]}); install Python 3.11+`,
          ),
        )
        return
      }
      let version = ''
      let binary = executable
      let prefixes: string[] = []
      try {
        ;[version, binary, prefixes] = JSON.parse(stdout) as [string, string, string[]]
      } catch {
        reject(new Error(`${executable} answered an unexpected way: ${stdout.slice(0, 200)}`))
        return
      }
      const [major = 0, minor = 0] = version.split('.').map(Number)
      if (major < 3 || (major === 3 && minor < 11)) {
        reject(new Error(`${executable} is Python ${version}; LoopLab needs Python 3.11 or newer`))
        return
      }
      resolve({ executable, label: `${version} (cpython)`, binary, prefixes })
    })
  })
}
