import type { RunResult } from '@looplab/runtime'
import { statusWords, type StatusTone } from './status-words'

export const toneClasses: Record<StatusTone, string> = {
  ok: 'border-(--sbx-ok)/50 bg-(--sbx-ok-soft) text-(--sbx-ok)',
  danger: 'border-danger/50 bg-(--sbx-danger-soft) text-danger',
  warn: 'border-pitfall/50 bg-pitfall-soft text-pitfall',
  muted: 'border-line bg-page text-ink-muted',
}

export function statusLabel(result: Pick<RunResult, 'status' | 'exitCode'>): string {
  const { label } = statusWords[result.status]
  return result.exitCode !== 0 && result.status !== 'interrupted'
    ? `${label} · exit code ${result.exitCode}`
    : label
}

/** How the run ended, in one word and a colour (never colour alone). */
export function StatusBadge({ result }: { result: Pick<RunResult, 'status' | 'exitCode'> }) {
  const { tone } = statusWords[result.status]
  return (
    <span
      data-testid="run-status"
      data-status={result.status}
      className={`inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-semibold ${toneClasses[tone]}`}
    >
      {statusLabel(result)}
    </span>
  )
}
