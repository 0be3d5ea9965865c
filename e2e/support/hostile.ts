/**
 * Shared by the hostile corpus's e2e paths (hostile-http.spec.ts, hostile-corpus.spec.ts): the
 * observers with the run's shared secret, the programs a path runs and words for
 * failure messages. The corpus, its conventions and the observers are in security/hostile/.
 */
import { readdirSync, readFileSync } from 'node:fs'
import {
  hostilePairs,
  loadHostileCorpus,
  type HostileCategory,
  type HostileProgram,
} from '../../security/hostile/corpus'
import { sharedSecret, startObservers, type Observers } from '../../security/hostile/observers'

/**
 * Observers for one program (its own canary and listener, so each escape is attributed to it)
 * watching for the secret the whole run shares: the one playwright.config.ts gave the server, and
 * Playwright's own processes (the browser included).
 */
export function hostileObservers(): Promise<Observers> {
  return startObservers({ secret: sharedSecret() })
}

/** LOOPLAB_HOSTILE=regex runs only the programs whose file name matches (a pair runs whole). */
const only = process.env.LOOPLAB_HOSTILE ? new RegExp(process.env.LOOPLAB_HOSTILE) : null

/**
 * LOOPLAB_HOSTILE_SCOPE=everyday narrows each path, for a quick local run, to the categories where
 * the path has defences of its own (the server's pool and process per learner, the page's worker
 * and output panel). The rest — runaway loops, floods, bombs, tampering, exits — meet the same
 * sandboxed runner on every Node path. `npm test` (and CI) runs every program down every path.
 */
const everydayCategories: Record<'http' | 'browser', readonly HostileCategory[]> = {
  http: [
    'native-code',
    'javascript-bridge',
    'shell',
    'network',
    'host-files',
    'secrets',
    'threads-processes',
    'forged-grade',
    'persistence',
  ],
  browser: [
    'native-code',
    'javascript-bridge',
    'shell',
    'network',
    'host-files',
    'secrets',
    'hostile-output',
    'persistence',
  ],
}
const fullScope = process.env.LOOPLAB_HOSTILE_SCOPE !== 'everyday'

/** The programs of one path: attacks on their own, plants with their victims, manifest order. */
export function corpusFor(path: 'http' | 'browser'): {
  attacks: HostileProgram[]
  pairs: { plant: HostileProgram; victim: HostileProgram }[]
} {
  const inScope = (program: HostileProgram) =>
    fullScope || only !== null || everydayCategories[path].includes(program.category)
  const programs = loadHostileCorpus().filter(
    (program) => program.paths.includes(path) && inScope(program),
  )
  const selected = (program: HostileProgram) => !only || only.test(program.file)
  return {
    attacks: programs.filter((program) => program.role === 'attack' && selected(program)),
    pairs: hostilePairs(programs).filter(
      ({ plant, victim }) => selected(plant) || selected(victim),
    ),
  }
}

export function short(text: string, length = 400): string {
  return text.length > length ? `${text.slice(0, length)}… (${text.length} chars)` : text
}

/** What assertNothingEscaped threw, as one problem (nothing when nothing escaped). */
export function escapes(
  observers: Observers,
  ...args: Parameters<Observers['assertNothingEscaped']>
): string[] {
  try {
    observers.assertNothingEscaped(...args)
    return []
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)]
  }
}

/**
 * Whether some process of this machine listening on `port` (the server Playwright started) was
 * started with `name=value` in its environment: /proc is read as the same user. Undefined where
 * there is no /proc to read (the check is then left out, never failed).
 */
export function serverEnvironmentHas(
  port: number,
  name: string,
  value: string,
): boolean | undefined {
  let pids: string[]
  try {
    pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))
  } catch {
    return undefined
  }
  const wanted = `${name}=${value}`
  for (const pid of pids) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')
      if (!/\bnext\b/.test(command) || !new RegExp(`--port[ =]${port}\\b`).test(command)) continue
      const environment = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0')
      if (environment.includes(wanted)) return true
    } catch {
      // gone, or not ours
    }
  }
  return false
}
