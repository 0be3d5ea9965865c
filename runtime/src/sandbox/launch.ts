/**
 * How a process that runs learner code is started (SECURITY.md, layer 4): inside bubblewrap when
 * the machine has it (no network, its own process tree and hostname, no capabilities, an empty
 * environment, a read-only view of only the paths it needs and an empty /tmp), else in a network
 * namespace of its own (`unshare -n`); always with a lifetime CPU cap and a low priority, so even a
 * process orphaned mid-loop stops by itself and competes with grading, not with page loads.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import { existsSync, realpathSync } from 'node:fs'
import { dirname } from 'node:path'
import { setPriority, tmpdir } from 'node:os'
import type { Isolation } from './isolation'

export type SandboxSpec = {
  /** The program to start (an absolute path: node, python3). */
  command: string
  args: string[]
  /** Host paths the process may read, bound read-only (the command's own folder is added). */
  readable: string[]
  /** Lifetime CPU seconds before the kernel stops the process. */
  cpuSeconds: number
  /** stdin: 'pipe' to write a request to it (default: nothing). */
  stdin?: 'pipe' | 'ignore'
}

/** Below normal priority: a stuck learner program competes with grading, not with page loads. */
const niceness = 10

/** System folders a dynamically linked program needs: libraries and the loader, nothing else. */
const systemFolders = ['/usr', '/lib', '/lib64', '/lib32', '/bin', '/sbin']

export function sandboxArgs(isolation: Isolation, spec: SandboxSpec): string[] {
  const command = [spec.command, ...spec.args]
  switch (isolation.kind) {
    case 'bwrap':
      return [isolation.path, ...bwrapOptions(spec), '--', ...command]
    case 'unshare':
      return [
        isolation.path,
        ...(isolation.mapRootUser ? ['--map-root-user'] : []),
        '--net',
        '--',
        ...command,
      ]
    case 'none':
      return command
  }
}

function bwrapOptions(spec: SandboxSpec): string[] {
  const options = [
    '--unshare-all',
    '--die-with-parent',
    '--new-session',
    '--cap-drop',
    'ALL',
    '--hostname',
    'looplab',
    '--clearenv',
    '--setenv',
    'PATH',
    '/usr/bin:/bin',
    '--setenv',
    'HOME',
    '/tmp',
    '--setenv',
    'LANG',
    'C.UTF-8',
    // First: binds made after an empty /tmp stay visible (a checkout may live under /tmp).
    '--proc',
    '/proc',
    '--dev',
    '/dev',
    '--tmpfs',
    '/tmp',
  ]
  const bound = new Set<string>()
  const bind = (path: string) => {
    if (!existsSync(path)) return
    const real = realpathSync(path)
    if (bound.has(real) || [...bound].some((b) => real.startsWith(`${b}/`))) return
    bound.add(real)
    options.push('--ro-bind', real, real)
  }
  for (const folder of systemFolders) {
    if (!existsSync(folder)) continue
    // /bin, /lib… are symlinks into /usr on merged-/usr systems: keep them links.
    const real = realpathSync(folder)
    if (real !== folder) options.push('--symlink', real, folder)
    else bind(folder)
  }
  if (existsSync('/etc/ld.so.cache'))
    options.push('--ro-bind', '/etc/ld.so.cache', '/etc/ld.so.cache')
  bind(dirname(realpathSync(spec.command)))
  for (const path of spec.readable) bind(path)
  options.push('--chdir', '/tmp')
  return options
}

/**
 * Starts the command sandboxed, with a pipe on fd 3 for its messages; stdout is dropped (a
 * program's own output never reaches it) and stderr piped for the caller to keep a tail of.
 * Signals for the sandboxed program go to its process tree (process-tree.ts signalTree): the
 * wrappers around it do not pass them on.
 */
export function launchSandboxed(isolation: Isolation, spec: SandboxSpec): ChildProcess {
  const argv = sandboxArgs(isolation, spec)
  const options: SpawnOptions = {
    cwd: isolation.kind === 'bwrap' ? '/' : tmpdir(),
    // Nothing inherited: the process must not see DATABASE_URL or any other secret.
    env: { NODE_ENV: 'production', PATH: '/usr/bin:/bin', LANG: 'C.UTF-8' },
    stdio: [spec.stdin ?? 'ignore', 'ignore', 'pipe', 'pipe'],
  }
  const child = spawn(
    '/bin/sh',
    ['-c', 'ulimit -t "$0" && exec "$@"', String(spec.cpuSeconds), ...argv],
    options,
  )
  try {
    if (child.pid) setPriority(child.pid, niceness)
  } catch {
    // Not permitted everywhere; the process still works, only less politely.
  }
  return child
}
