import type { RunResult, RunStatus } from '@looplab/runtime'

type Tone = 'ok' | 'danger' | 'warn' | 'muted'

const statusView: Record<RunStatus, { label: string; tone: Tone }> = {
  ok: { label: 'Finished', tone: 'ok' },
  error: { label: 'Error', tone: 'danger' },
  deadlock: { label: 'Deadlock', tone: 'warn' },
  'time-limit': { label: 'Time limit', tone: 'warn' },
  'output-limit': { label: 'Output limit', tone: 'warn' },
  interrupted: { label: 'Stopped', tone: 'muted' },
}

export const toneClasses: Record<Tone, string> = {
  ok: 'border-(--sbx-ok)/50 bg-(--sbx-ok-soft) text-(--sbx-ok)',
  danger: 'border-danger/50 bg-(--sbx-danger-soft) text-danger',
  warn: 'border-pitfall/50 bg-pitfall-soft text-pitfall',
  muted: 'border-line bg-page text-ink-muted',
}

export function statusLabel(result: Pick<RunResult, 'status' | 'exitCode'>): string {
  const { label } = statusView[result.status]
  return result.exitCode !== 0 && result.status !== 'interrupted'
    ? `${label} · exit code ${result.exitCode}`
    : label
}

/** How the run ended, in one word and a colour (never colour alone). */
export function StatusBadge({ result }: { result: Pick<RunResult, 'status' | 'exitCode'> }) {
  const { tone } = statusView[result.status]
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
