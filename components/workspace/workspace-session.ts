'use client'

/**
 * The page's one WebContainer (StackBlitz allows one per page): booted by the first workspace
 * opened, shared by every later one, each in its own folder. The WebContainer API itself is
 * imported only here, dynamically, once a boot is about to happen — nothing of it is in the
 * page's first load. A failed boot is forgotten, so "Try again" boots afresh.
 */
import { bootWorkspace, type BootedWorkspace, type PhaseEvent } from '@/lib/workspace/boot'
import { browserFacts } from '@/lib/workspace/browser-support'
import type { Container, ContainerHost } from '@/lib/workspace/container-port'
import { buildMountedTree, type ExerciseFolder } from '@/lib/workspace/mounted-tree'
import { reachStackBlitz } from '@/lib/workspace/reach'
import { fetchFromOrigin, loadSiteFiles } from '@/lib/workspace/site-files'
import { writeWorkspace, type WorkspaceFiles } from '@/lib/workspace/workspace-files'

export type OpenRequest = {
  workspace: string
  files: WorkspaceFiles
  /** The exercise folder to grade against, fetched with the workspace's other files. */
  exercise(): Promise<ExerciseFolder | undefined>
  onPhase(event: PhaseEvent): void
  /** Boot without asking stackblitz.com first (the learner chose "try anyway"). */
  skipReach?: boolean
}

let booted: Promise<BootedWorkspace> | null = null

async function loadHost(): Promise<ContainerHost> {
  const { WebContainer } = await import('@webcontainer/api')
  return { boot: (options) => WebContainer.boot(options) as Promise<Container> }
}

export async function openWorkspace(request: OpenRequest): Promise<BootedWorkspace> {
  if (booted) {
    const { container, phases } = await booted
    const exercise = await request.exercise()
    await writeWorkspace(container, request.workspace, request.files, exercise)
    return { container, phases }
  }
  booted = bootWorkspace({
    facts: browserFacts(),
    reachStackBlitz: request.skipReach ? async () => undefined : reachStackBlitz,
    loadHost,
    loadTree: async () => {
      const [site, exercise] = await Promise.all([
        loadSiteFiles(fetchFromOrigin(window.location.origin)),
        request.exercise(),
      ])
      return buildMountedTree({
        workspace: request.workspace,
        learnerFiles: request.files,
        exercise,
        ...site,
      })
    },
    onPhase: request.onPhase,
  })
  booted.catch(() => (booted = null))
  return booted
}
