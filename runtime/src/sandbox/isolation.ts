/**
 * Which operating-system isolation this machine offers a process that runs learner code
 * (SECURITY.md, layer 4). Node's permission model covers files, child processes and workers, but
 * not the network: for that Linux offers a network namespace, through bubblewrap (a minimal
 * read-only file view too, its own process tree, no capabilities) or util-linux's `unshare -n`.
 * Each is tried for real once, not just looked up, since a container may forbid namespaces.
 */
import { spawnSync } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { join } from 'node:path'

export type Isolation =
  | { kind: 'bwrap'; path: string }
  | { kind: 'unshare'; path: string; mapRootUser: boolean }
  | { kind: 'none'; reason: string }

let detected: Isolation | null = null

function works(file: string, args: string[]): boolean {
  const result = spawnSync(file, args, { stdio: 'ignore', timeout: 5_000 })
  return result.status === 0
}

function which(name: string): string | null {
  for (const dir of (process.env.PATH || '/usr/bin:/bin').split(':')) {
    const candidate = join(dir || '.', name)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not here
    }
  }
  return null
}

export function detectIsolation(): Isolation {
  if (detected) return detected
  if (process.platform !== 'linux') {
    detected = { kind: 'none', reason: `${process.platform} has no network namespaces` }
    return detected
  }
  const bwrap = which('bwrap')
  if (
    bwrap &&
    works(bwrap, ['--unshare-all', '--die-with-parent', '--ro-bind', '/', '/', 'true'])
  ) {
    detected = { kind: 'bwrap', path: bwrap }
    return detected
  }
  const unshare = which('unshare')
  for (const mapRootUser of [false, true]) {
    const args = [...(mapRootUser ? ['--map-root-user'] : []), '--net', 'true']
    if (unshare && works(unshare, args)) {
      detected = { kind: 'unshare', path: unshare, mapRootUser }
      return detected
    }
  }
  detected = {
    kind: 'none',
    reason:
      bwrap || unshare
        ? 'this machine forbids new namespaces'
        : 'neither bwrap nor unshare is installed',
  }
  return detected
}

/** For tests: forget what was detected. */
export function forgetIsolation(): void {
  detected = null
}
