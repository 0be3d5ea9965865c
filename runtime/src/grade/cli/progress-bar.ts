/**
 * Progress for a batch on a terminal: one line redrawn in place. Off a terminal (a pipe, CI logs)
 * it stays silent, so logs hold only the final summary.
 */
export type ProgressBar = { update(done: number, total: number): void; finish(): void }

export function progressBar(
  write: (text: string) => void,
  isTTY: boolean,
  label: string,
): ProgressBar {
  if (!isTTY) return { update() {}, finish() {} }
  const started = performance.now()
  let drawn = false
  return {
    update(done, total) {
      const width = 24
      const filled = total ? Math.round((done / total) * width) : width
      const seconds = (performance.now() - started) / 1000
      const rate = seconds > 0 ? (done / seconds).toFixed(1) : '…'
      const bar = '█'.repeat(filled) + '░'.repeat(width - filled)
      write(`\r${label} ${bar} ${done}/${total}  ${rate}/s`)
      drawn = true
    },
    finish() {
      if (drawn) write('\r\x1b[2K')
    },
  }
}
