/**
 * Every problem in the course content becomes a ContentIssue naming the file (and, when there is
 * one, the field and line), so an author can fix it without reading a stack trace. The loader
 * collects them all and throws one ContentError, so one build shows every problem at once.
 */
import path from 'node:path'
import type { z } from 'zod'

export type ContentIssue = {
  /** Absolute path of the offending file or folder. */
  file: string
  /** Dotted field path, e.g. "sources[0].seed" or "<Example three-pages>.error". */
  field?: string
  line?: number
  message: string
}

export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative
}

export function formatIssue(issue: ContentIssue): string {
  const where = issue.line ? `${displayPath(issue.file)}:${issue.line}` : displayPath(issue.file)
  const field = issue.field ? ` field "${issue.field}":` : ''
  return `${where}:${field} ${issue.message}`
}

export class ContentError extends Error {
  readonly issues: ContentIssue[]

  constructor(issues: ContentIssue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`
    super(`Course content has ${count}:\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`)
    this.name = 'ContentError'
    this.issues = issues
  }
}

function fieldPath(prefix: string | undefined, keys: readonly PropertyKey[]): string | undefined {
  let out = prefix ?? ''
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out ? `.${String(key)}` : String(key)
  }
  return out || undefined
}

/** Turns a failed zod parse into issues, one per field (unknown keys named one by one). */
export function zodIssues(
  error: z.ZodError,
  file: string,
  options: { fieldPrefix?: string; line?: number; allowed?: readonly string[] } = {},
): ContentIssue[] {
  return error.issues.flatMap((issue): ContentIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      const allowed = options.allowed ? ` (allowed: ${options.allowed.join(', ')})` : ''
      return issue.keys.map((key) => ({
        file,
        line: options.line,
        field: fieldPath(options.fieldPrefix, [...issue.path, key]),
        message: `unknown field${allowed}`,
      }))
    }
    return [
      {
        file,
        line: options.line,
        field: fieldPath(options.fieldPrefix, issue.path),
        message: issue.message,
      },
    ]
  })
}
