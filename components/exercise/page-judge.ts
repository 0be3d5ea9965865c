/**
 * The page's judge: a second Python worker that computes grades and never runs the learner's
 * code (SECURITY.md, layer 2). The page's runtime worker runs the code and the exercise's probes
 * and reports what happened; the checks run here. Started on the first Check, then kept.
 */
import type { Judge } from '@looplab/runtime'

let judge: Promise<Judge> | null = null

export function pageJudge(): Promise<Judge> {
  judge ??= import('@looplab/runtime/engines/browser')
    .then(({ createPyodideBrowserEngine }) => createPyodideBrowserEngine())
    .catch((error: unknown) => {
      judge = null // a later Check tries again
      throw error
    })
  return judge
}
