/**
 * What a page hands a workspace when it opens one: its id (a folder name), the files it shows
 * (the sandbox's code), the lesson's example or exercise if there is one, and how to run the same
 * files in the page when the workspace cannot start.
 */
import type { LessonExample } from '@looplab/runtime/content'
import type { ExerciseInfo } from '@/components/exercise/exercise-context'
import type { WorkspaceFiles } from '@/lib/workspace/workspace-files'

export type WorkspaceTarget = {
  id: string
  title: string
  files: WorkspaceFiles
  example?: LessonExample
  exercise?: ExerciseInfo
  /** A page file (main.py) edited in the workspace: the sandbox shows the same code. */
  onPageFileChange?(path: string, text: string): void
  /** The workspace closed to run in the page: the page's own Python, the workspace's main.py. */
  onRunHere(files: WorkspaceFiles): void
}
