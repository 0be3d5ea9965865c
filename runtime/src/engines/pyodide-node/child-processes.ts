/**
 * Node only: Emscripten's system() runs its command through `child_process.spawnSync` (looked up
 * when called), so the module's functions are replaced before Pyodide loads. The sandboxed
 * process also runs under Node's permission model, which refuses child processes by itself
 * (SECURITY.md, layers 3 and 4).
 */
import { createRequire } from 'node:module'

const starters = ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']

export function refuseChildProcesses(): void {
  const childProcess = createRequire(import.meta.url)('node:child_process') as Record<
    string,
    unknown
  >
  for (const name of starters) {
    childProcess[name] = () => {
      throw new Error(`the LoopLab sandbox cannot start other programs (child_process.${name})`)
    }
  }
}
