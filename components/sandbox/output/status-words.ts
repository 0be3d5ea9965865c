/**
 * Every word the site uses for how a run ended, in one table: the badge, the lesson comparison,
 * the runtime's callout and the expected output all read from here, so a status is named the same
 * way everywhere (and a new status is a type error until it has its words).
 */
import type { RunStatus } from '@looplab/runtime'

export type StatusTone = 'ok' | 'danger' | 'warn' | 'muted'

type StatusWords = {
  /** The badge: one or two words, with a colour that is never the only signal. */
  label: string
  tone: StatusTone
  /** "The lesson's run …; yours …". */
  ending: string
  /** The callout beside the badge when LoopLab stopped the run itself. */
  stoppedTitle: string
  /** An expected output that never finishes, said before it is shown (null: it finishes). */
  neverFinishes: string | null
}

export const statusWords: Record<RunStatus, StatusWords> = {
  ok: {
    label: 'Finished',
    tone: 'ok',
    ending: 'finishes normally',
    stoppedTitle: 'Finished',
    neverFinishes: null,
  },
  error: {
    label: 'Error',
    tone: 'danger',
    ending: 'ends with an error',
    stoppedTitle: 'The runtime stopped this run',
    neverFinishes: null,
  },
  deadlock: {
    label: 'Deadlock',
    tone: 'warn',
    ending: 'ends in a deadlock',
    stoppedTitle: 'Deadlock: no task can ever wake up',
    neverFinishes:
      'Never finishes: every task is waiting and nothing is scheduled, so LoopLab stops it.',
  },
  'time-limit': {
    label: 'Time limit',
    tone: 'warn',
    ending: 'hits the time limit',
    stoppedTitle: 'Stopped at the time limit',
    neverFinishes: 'Never finishes: LoopLab stops it at the time limit.',
  },
  'output-limit': {
    label: 'Output limit',
    tone: 'warn',
    ending: 'hits the output limit',
    stoppedTitle: 'Stopped at the output limit',
    neverFinishes: 'Prints without end: LoopLab stops it at the output limit.',
  },
  interrupted: {
    label: 'Stopped',
    tone: 'muted',
    ending: 'is interrupted',
    stoppedTitle: 'Stopped',
    neverFinishes: null,
  },
}
