/**
 * A workspace's files, kept in this browser per workspace (localStorage, one key each), and
 * written into its folder of the container. Storage may refuse (private mode, quota): the
 * workspace then keeps working for this visit and says its files are not saved.
 */
import { z } from 'zod'
import type { Container } from './container-port'
import { exerciseFiles, type ExerciseFolder } from './mounted-tree'
import { checkLearnerPath, workspaceFolder } from './paths'

export type WorkspaceFiles = Record<string, string>

const StoredFilesSchema = z.record(z.string().min(1), z.string())

export function storageKey(workspace: string): string {
  return `looplab:workspace:v1:${workspace}`
}

export function readStoredFiles(
  storage: Pick<Storage, 'getItem' | 'setItem'> | null,
  workspace: string,
): WorkspaceFiles {
  try {
    const text = storage?.getItem(storageKey(workspace))
    if (!text) return {}
    const parsed = StoredFilesSchema.safeParse(JSON.parse(text))
    if (!parsed.success) return {}
    return Object.fromEntries(
      Object.entries(parsed.data).filter(([path]) => {
        try {
          return checkLearnerPath(path) === path
        } catch {
          return false
        }
      }),
    )
  } catch {
    return {}
  }
}

/** Whether the files were saved. */
export function storeFiles(
  storage: Pick<Storage, 'getItem' | 'setItem'> | null,
  workspace: string,
  files: WorkspaceFiles,
): boolean {
  try {
    if (!storage) return false
    storage.setItem(storageKey(workspace), JSON.stringify(files))
    return true
  } catch {
    return false
  }
}

/** The files a workspace opens with: what it kept, with the page's own files (the code in the
 *  sandbox it was opened from) taking precedence, so the two never disagree. */
export function openingFiles(stored: WorkspaceFiles, fromPage: WorkspaceFiles): WorkspaceFiles {
  return { ...stored, ...fromPage }
}

/** Writes a workspace's files (and its exercise folder) into its folder of a booted container. */
export async function writeWorkspace(
  container: Container,
  workspace: string,
  files: WorkspaceFiles,
  exercise?: ExerciseFolder,
): Promise<void> {
  const folder = workspaceFolder(workspace)
  const all: WorkspaceFiles = { ...files }
  if (exercise) {
    for (const [path, text] of Object.entries(exerciseFiles(exercise))) {
      all[`${exercise.id}/${path}`] = text
    }
  }
  for (const [path, text] of Object.entries(all)) {
    const cut = checkLearnerPath(path).lastIndexOf('/')
    const parent = cut === -1 ? folder : `${folder}/${path.slice(0, cut)}`
    await container.fs.mkdir(parent, { recursive: true })
    await container.fs.writeFile(`${folder}/${path}`, text)
  }
}
