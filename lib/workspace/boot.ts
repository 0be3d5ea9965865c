/**
 * Boots a workspace: checks the browser, makes sure StackBlitz answers, boots the WebContainer
 * while the tree's files download from our own origin, and mounts them — each phase timed, the
 * whole within 20 s. Every failure is a WorkspaceUnavailable naming which thing failed, so the
 * panel can always say why and offer the in-page run (docs/architecture.md, "Engines").
 */
import { assertCanBoot, type BrowserFacts } from './browser-support'
import type { Container, ContainerHost, FileSystemTree } from './container-port'
import { WorkspaceUnavailable } from './unavailable'

export const bootLimitMs = 20_000
export const workdirName = 'looplab'

export type BootPhase = 'reach' | 'boot' | 'files' | 'mount'
export type PhaseTiming = { phase: BootPhase; ms: number }
export type PhaseEvent = { phase: BootPhase; state: 'started' } | ({ state: 'done' } & PhaseTiming)

export type BootDeps = {
  facts: BrowserFacts
  /** Resolves when StackBlitz answers; rejects when the request fails. */
  reachStackBlitz(): Promise<void>
  /** `import('@webcontainer/api')`, done only once the browser and the network allow a boot. */
  loadHost(): Promise<ContainerHost>
  /** The tree to mount, fetched from our own origin (site-files.ts). */
  loadTree(): Promise<FileSystemTree>
  onPhase?(event: PhaseEvent): void
  now?(): number
  limitMs?: number
}

export type BootedWorkspace = { container: Container; phases: PhaseTiming[] }

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export async function bootWorkspace(deps: BootDeps): Promise<BootedWorkspace> {
  assertCanBoot(deps.facts)
  const now = deps.now ?? (() => performance.now())
  const phases: PhaseTiming[] = []
  const running = new Set<BootPhase>()
  const timed = async <T>(phase: BootPhase, work: () => Promise<T>): Promise<T> => {
    const started = now()
    running.add(phase)
    deps.onPhase?.({ phase, state: 'started' })
    const value = await work()
    running.delete(phase)
    const ms = Math.round(now() - started)
    phases.push({ phase, ms })
    deps.onPhase?.({ phase, state: 'done', ms })
    return value
  }
  let booted: Container | null = null
  let timedOut = false

  const sequence = async (): Promise<Container> => {
    await timed('reach', () =>
      deps.reachStackBlitz().catch((error: unknown) => {
        throw new WorkspaceUnavailable('unreachable', describe(error))
      }),
    )
    const tree = timed('files', () =>
      deps.loadTree().catch((error: unknown) => {
        throw new WorkspaceUnavailable('files-missing', describe(error))
      }),
    )
    tree.catch(() => undefined) // awaited below; a failure must not go unhandled meanwhile
    const container = await timed('boot', async () => {
      try {
        const host = await deps.loadHost()
        return await host.boot({ coep: 'require-corp', workdirName })
      } catch (error) {
        throw new WorkspaceUnavailable('boot-failed', describe(error))
      }
    })
    booted = container
    if (timedOut) container.teardown()
    await timed('mount', async () => {
      const files = await tree
      try {
        await container.mount(files)
      } catch (error) {
        throw new WorkspaceUnavailable('boot-failed', `mounting the files: ${describe(error)}`)
      }
    })
    return container
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true
      // A WebContainer that boots after we gave up is released at once.
      ;(booted as Container | null)?.teardown()
      const still = [...running].join(' and ') || 'starting'
      reject(new WorkspaceUnavailable('boot-timeout', `still ${phaseWords[still] ?? still}`))
    }, deps.limitMs ?? bootLimitMs)
  })
  try {
    const container = await Promise.race([sequence(), deadline])
    return { container, phases }
  } catch (error) {
    if (!timedOut) (booted as Container | null)?.teardown()
    throw error
  } finally {
    clearTimeout(timer)
  }
}

const phaseWords: Record<string, string> = {
  reach: 'waiting for stackblitz.com',
  boot: 'booting the WebContainer',
  files: 'downloading the runtime',
  mount: 'mounting the files',
  'files and boot': 'downloading the runtime and booting the WebContainer',
  'boot and files': 'booting the WebContainer and downloading the runtime',
}
