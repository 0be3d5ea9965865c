/** The bench's result: one row per metric, printed as a table or as JSON. */
export type Metric = {
  name: string
  value: number
  unit: 'ms' | '×'
  /** The budget (docs/performance.md) this metric is held to, in words. */
  budget?: string
}

export type BenchReport = { title: string; environment: Record<string, string>; metrics: Metric[] }

function formatValue(metric: Metric): string {
  if (metric.unit === '×') return `${Math.round(metric.value).toLocaleString('en-US')}×`
  const digits = metric.value < 10 ? 2 : metric.value < 100 ? 1 : 0
  return `${metric.value.toFixed(digits)} ms`
}

export function formatTable(report: BenchReport): string {
  const rows = report.metrics.map((metric) => [
    metric.name,
    formatValue(metric),
    metric.budget ?? '',
  ])
  const widths = [0, 1, 2].map((column) =>
    Math.max(...[['metric', 'value', 'budget'], ...rows].map((row) => row[column]?.length ?? 0)),
  )
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        column === 1 ? cell.padStart(widths[1] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('   ')
      .trimEnd()
  const environment = Object.entries(report.environment)
    .map(([key, value]) => `${key} ${value}`)
    .join(', ')
  return [
    `${report.title} (${environment})`,
    line(['metric', 'value', 'budget']),
    line(widths.map((width) => '─'.repeat(width))),
    ...rows.map(line),
    '',
  ].join('\n')
}
