import type { LessonExample } from '@looplab/runtime/content'
import { statusWords } from '@/components/sandbox/output/status-words'

/** What the example prints, as proven by `looplab verify`: stdout, then the error it ends with. */
export function ExpectedOutput({ example }: { example: LessonExample }) {
  const { stdout, status, error, exitCode } = example.expected
  const silent = stdout === '' && !error
  return (
    <div className="border-t border-line" data-testid="expected-output">
      <div className="flex flex-wrap items-center justify-between gap-2 px-4 pt-2 text-xs font-medium text-ink-muted">
        <span>Output</span>
        {exitCode !== null && exitCode !== 0 && <span>exit code {exitCode}</span>}
      </div>
      <pre className="px-4 pt-1 pb-3 font-mono text-sm leading-relaxed break-words whitespace-pre-wrap">
        {silent ? (
          <span className="text-ink-muted italic">(prints nothing)</span>
        ) : (
          <code>
            {stdout}
            {stdout && error ? '\n' : ''}
            {error && (
              <span className="text-danger">
                <span className="text-ink-muted">
                  {'Traceback (most recent call last):\n  …\n'}
                </span>
                {error}
              </span>
            )}
          </code>
        )}
      </pre>
      {statusWords[status].neverFinishes && (
        <p className="border-t border-line px-4 py-2 text-sm text-pitfall">
          {statusWords[status].neverFinishes}
        </p>
      )}
      {example.varies && (
        <p className="border-t border-line px-4 py-2 text-sm text-ink-muted">
          Your output will differ: {example.varies}
        </p>
      )}
      {example.versionNote && (
        <p className="border-t border-line px-4 py-2 text-sm text-ink-muted">
          Python 3.14 (what LoopLab runs): {example.versionNote}
        </p>
      )}
    </div>
  )
}
