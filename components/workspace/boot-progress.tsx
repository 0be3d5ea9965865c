'use client'

import type { BootPhase } from '@/lib/workspace/boot'
import type { PhaseRow } from './use-workspace-boot'

const phaseNames: Record<BootPhase, string> = {
  reach: 'Reaching stackblitz.com',
  files: 'Downloading the runtime and Pyodide from this site',
  boot: 'Booting the WebContainer',
  mount: 'Mounting the files',
}
const allPhases: BootPhase[] = ['reach', 'files', 'boot', 'mount']

/** The boot's phases as they go, each with the time it took (the page runtime's bar above). */
export function BootProgress({ phases }: { phases: PhaseRow[] }) {
  const done = phases.filter((row) => row.ms !== null).length
  const percent = Math.round((done / allPhases.length) * 100)
  return (
    <div className="space-y-3 p-4 text-sm" data-testid="workspace-progress">
      <span
        role="progressbar"
        aria-label="Starting the workspace"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="relative block h-1.5 w-48 overflow-hidden rounded-full bg-line"
      >
        <span
          className="absolute inset-y-0 left-0 rounded-full bg-accent transition-[width] duration-200"
          style={{ width: `${Math.max(3, percent)}%` }}
        />
      </span>
      <ol className="space-y-1 text-ink-muted">
        {allPhases.map((phase) => {
          const row = phases.find((r) => r.phase === phase)
          const state = !row ? 'waiting' : row.ms === null ? 'running' : 'done'
          return (
            <li key={phase} data-phase={phase} data-state={state}>
              {state === 'done' ? '✓' : state === 'running' ? '…' : '·'} {phaseNames[phase]}
              {row?.ms != null && <span> — {(row.ms / 1000).toFixed(1)} s</span>}
            </li>
          )
        })}
      </ol>
    </div>
  )
}
