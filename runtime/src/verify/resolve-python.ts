/**
 * The interpreter python3 really is. Version managers (pyenv, asdf) put a shell-script shim on
 * PATH that costs ~90 ms of CPU per start, about as much as the run it starts; verify starts one
 * process per example, so it asks the shim once and runs the real binary after that.
 */
import { execFile } from 'node:child_process'

export function resolvePythonExecutable(
  command = process.env.LOOPLAB_PYTHON ?? 'python3',
): Promise<string> {
  return new Promise((resolve) => {
    execFile(
      command,
      ['-c', 'import sys; print(sys.executable)'],
      { timeout: 10_000 },
      (error, stdout) => {
        // On any trouble keep the command as given: the engine then reports the problem plainly.
        const executable = stdout?.trim()
        resolve(!error && executable ? executable : command)
      },
    )
  })
}
