'use client'

/**
 * A grade, as the learner reads it: a one-line verdict, then every check in order with ✓ or ✗ and
 * its message. Only the first failure is emphasised — it is the one to fix next; later ones often
 * follow from it. Messages quote what the learner's program printed and raised, so every text
 * from the grade is shown by the rules of safe-text.ts (never markup, controls and bidi
 * characters as visible markers, long text cut behind a button).
 */
import type { GradeResult, GradeTest } from '@looplab/runtime'
import { LongText, SafeText } from '@/components/sandbox/output/safe-text-view'
import { CheckIcon, CloseIcon, WarningIcon } from '@/components/ui/icons'

export function gradeVerdict(grade: GradeResult): string {
  const passed = grade.tests.filter((test) => test.status === 'pass').length
  if (grade.status === 'pass') return `Solved: all ${grade.tests.length} checks pass.`
  if (grade.status === 'error' && grade.tests.length === 0) return 'Your code could not be graded.'
  return `${passed} of ${grade.tests.length} checks pass.`
}

export function GradeReport({ grade }: { grade: GradeResult }) {
  const firstFailure = grade.tests.findIndex((test) => test.status !== 'pass')
  const tone =
    grade.status === 'pass'
      ? 'border-[var(--sbx-ok)]/50 bg-[var(--sbx-ok-soft)] text-[var(--sbx-ok)]'
      : 'border-danger/40 bg-[var(--sbx-danger-soft)] text-danger'
  return (
    <div data-testid="grade-report" data-grade-status={grade.status} className="space-y-3">
      <p className={`rounded-md border px-3 py-2 text-sm font-semibold ${tone}`}>
        {gradeVerdict(grade)}
      </p>
      {grade.message && (
        <p className="flex gap-2 text-sm text-ink" data-testid="grade-message">
          <WarningIcon className="mt-0.5 size-4 shrink-0 text-danger" />
          <span className="min-w-0 break-words whitespace-pre-wrap">
            <LongText text={grade.message} />
          </span>
        </p>
      )}
      {grade.tests.length > 0 && (
        <ol className="space-y-1.5" aria-label="Checks">
          {grade.tests.map((test, index) => (
            <TestLine
              key={`${index}-${test.name}`}
              test={test}
              emphasised={index === firstFailure}
            />
          ))}
        </ol>
      )}
    </div>
  )
}

function TestLine({ test, emphasised }: { test: GradeTest; emphasised: boolean }) {
  const passed = test.status === 'pass'
  return (
    <li
      data-testid="grade-test"
      data-status={test.status}
      data-first-failure={emphasised || undefined}
      className={
        emphasised
          ? 'rounded-md border border-danger/50 bg-[var(--sbx-danger-soft)] px-3 py-2'
          : 'px-3 py-0.5'
      }
    >
      <div className="flex items-start gap-2 text-sm">
        {passed ? (
          <CheckIcon className="mt-0.5 size-4 shrink-0 text-[var(--sbx-ok)]" aria-label="passed" />
        ) : (
          <CloseIcon className="mt-0.5 size-4 shrink-0 text-danger" aria-label="failed" />
        )}
        <span
          className={`min-w-0 break-words ${emphasised ? 'font-semibold' : passed ? 'text-ink-muted' : ''}`}
        >
          <LongText text={test.name} limit={300} />
        </span>
      </div>
      {!passed && test.message && (
        <p
          className={`mt-1 ml-6 text-sm break-words whitespace-pre-wrap ${emphasised ? 'text-ink' : 'text-ink-muted'}`}
        >
          <LongText text={test.message} />
        </p>
      )}
      {emphasised && test.output && (
        <details className="mt-1 ml-6 text-xs">
          <summary className="cursor-pointer text-ink-muted">What the program printed</summary>
          <pre className="mt-1 rounded bg-surface p-2 font-mono break-words whitespace-pre-wrap">
            <SafeText text={test.output} />
          </pre>
        </details>
      )}
    </li>
  )
}
