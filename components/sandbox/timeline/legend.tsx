/** What the chart's marks mean (shapes and words, never colour alone). */
export function TimelineLegend() {
  const swatch = 'inline-block h-2.5 w-4 rounded-sm align-middle'
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink-muted" aria-label="Legend">
      <li className="flex items-center gap-1.5">
        <span className={swatch} style={{ background: 'var(--sbx-running)' }} /> running
      </li>
      <li className="flex items-center gap-1.5">
        <span
          className={`${swatch} border`}
          style={{
            borderColor: 'var(--sbx-waiting-edge)',
            background:
              'repeating-linear-gradient(45deg, var(--sbx-waiting) 0 3px, color-mix(in srgb, var(--sbx-waiting-edge) 45%, var(--sbx-waiting)) 3px 4px)',
          }}
        />
        waiting
      </li>
      <li className="flex items-center gap-1.5">
        <span
          className="inline-block w-4 border-t-2 border-dashed"
          style={{ borderColor: 'var(--sbx-ready)' }}
        />
        ready, not started
      </li>
      <li className="flex items-center gap-1.5">
        <span
          className="inline-block size-2 rounded-full"
          style={{ background: 'var(--sbx-print)' }}
        />{' '}
        print
      </li>
      <li>✓ done</li>
      <li>⊘ cancelled</li>
      <li>✕ failed</li>
    </ul>
  )
}
