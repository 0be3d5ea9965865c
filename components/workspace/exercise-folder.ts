'use client'

/**
 * The exercise folder a workspace grades against (`looplab grade <id> main.py`), from what the
 * page knows: the exercise's title, hints and starter, and its checks and probes, fetched as the
 * page's own Check fetches them.
 */
import type { ExerciseInfo } from '@/components/exercise/exercise-context'
import { exerciseChecks } from '@/components/exercise/exercise-files'
import type { ExerciseFolder } from '@/lib/workspace/mounted-tree'

export async function exerciseFolder(info: ExerciseInfo): Promise<ExerciseFolder> {
  const { checks, probes } = await exerciseChecks(info.id)
  return {
    id: info.id,
    title: info.title,
    hints: info.hints,
    prompt: `# ${info.title}\n\nThe task is on the lesson page (${info.lessonId}).\n`,
    starter: info.starter,
    checks,
    probes,
  }
}
