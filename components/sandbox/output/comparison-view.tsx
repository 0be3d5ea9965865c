import type { DiffLine } from '@looplab/runtime'
import { CheckIcon, CloseIcon } from '@/components/ui/icons'
import type { LessonMatch } from './lesson-match'
import { LongText } from './safe-text-view'
import { toneClasses } from './status-badge'

const mark: Record<DiffLine['kind'], string> = { same: ' ', missing: '−', extra: '+' }
const lineClasses: Record<DiffLine['kind'], string> = {
  same: 'text-ink-muted',
  missing: 'bg-(--sbx-diff-del) text-(--sbx-diff-del-ink)',
  extra: 'bg-(--sbx-diff-add) text-(--sbx-diff-add-ink)',
}
const lineWords: Record<DiffLine['kind'], string> = {
  same: '',
  missing: 'only in the lesson: ',
  extra: 'only in your run: ',
}

export function MatchBadge({ match }: { match: LessonMatch }) {
  if (match.kind === 'not-compared') return null
  const matches = match.kind === 'matches'
  return (
    <span
      data-testid="lesson-match"
      data-match={match.kind}
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold ${toneClasses[matches ? 'ok' : 'warn']}`}
    >
      {matches ? <CheckIcon className="size-3.5" /> : <CloseIcon className="size-3.5" />}
      {matches ? 'Matches the lesson' : 'Differs from the lesson'}
    </span>
  )
}

/**
 * Why the run differs from the lesson: how it ended, then stdout as a line diff. The run's side is
 * the program's text: shown by the rules of safe-text.ts, long lines cut.
 */
export function ComparisonDetails({ match }: { match: LessonMatch }) {
  if (match.kind === 'matches') {
    return match.note ? (
      <p className="px-4 pt-1 text-xs text-ink-muted">Matches: {match.note}.</p>
    ) : null
  }
  if (match.kind === 'not-compared') return null
  const { reasons, comparison } = match
  return (
    <div className="mx-4 mt-2 rounded-md border border-line bg-page" data-testid="lesson-diff">
      {reasons.length > 0 && (
        <ul className="space-y-1 px-3 py-2 text-sm">
          {reasons.map((reason, index) => (
            <li key={index} className="break-words">
              {/* The error a run ends with is the program's words. */}
              <LongText text={reason} />
            </li>
          ))}
        </ul>
      )}
      {comparison && (
        <figure className={reasons.length > 0 ? 'border-t border-line' : ''}>
          <figcaption className="flex flex-wrap gap-x-4 px-3 pt-2 text-xs text-ink-muted">
            <span>Output compared with the lesson:</span>
            <span className="text-(--sbx-diff-del-ink)">− only in the lesson</span>
            <span className="text-(--sbx-diff-add-ink)">+ only in your run</span>
          </figcaption>
          <div className="px-3 pt-1 pb-2 font-mono text-sm leading-relaxed">
            {comparison.hunks.map((hunk, index) => (
              <div
                key={index}
                className={index > 0 ? 'mt-1 border-t border-dashed border-line pt-1' : ''}
              >
                {hunk.lines.map((line, lineIndex) => (
                  <div
                    key={lineIndex}
                    data-diff={line.kind}
                    className={`flex gap-2 whitespace-pre-wrap ${lineClasses[line.kind]}`}
                  >
                    <span aria-hidden="true" className="w-3 shrink-0 select-none">
                      {mark[line.kind]}
                    </span>
                    <span className="sr-only">{lineWords[line.kind]}</span>
                    <span className="min-w-0 break-words">
                      {line.text ? <LongText text={line.text} /> : '\u200b'}
                    </span>
                  </div>
                ))}
              </div>
            ))}
          </div>
        </figure>
      )}
    </div>
  )
}
