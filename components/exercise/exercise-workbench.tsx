'use client'

/**
 * The live part of an exercise, in place of its server-rendered starter: the learner's code in the
 * editor (kept in this browser), Check — graded by the page's own Python against checks fetched
 * on demand — the grade with every check's message, what the program printed, hints one at a time
 * and, after an attempt, the solution.
 */
import { useCallback, useEffect, useId, useState, type ReactNode } from 'react'
import { CopyButton } from '@/components/ui/copy-button'
import { CodeControls } from '@/components/sandbox/code-controls'
import { ResetIcon } from '@/components/ui/icons'
import { prefetchSandboxParts } from '@/components/sandbox/lazy-parts'
import { OutputPanel } from '@/components/sandbox/output-panel'
import { preloadWhenIdle } from '@/components/sandbox/runtime/page-runtime'
import { useEditorIntent } from '@/components/sandbox/use-editor-intent'
import { useSavedCode } from '@/components/sandbox/use-saved-code'
import { useTimelinePreference } from '@/components/sandbox/use-timeline-preference'
import '@/components/sandbox/sandbox.css'
import { OpenWorkspaceButton } from '@/components/workspace/open-workspace-button'
import type { ExerciseInfo } from './exercise-context'
import { GradeReport, gradeVerdict } from './grade-report'
import { HintsPanel } from './hints-panel'
import { useExerciseMark } from './progress/use-progress'
import { SolutionPanel } from './solution-panel'
import { exerciseFile, useExerciseCheck } from './use-exercise-check'

export function exerciseCodeKey(id: string): string {
  return `looplab:code:v1:exercise:${id}`
}

export function ExerciseWorkbench({
  exercise,
  staticCode,
}: {
  exercise: ExerciseInfo
  /** The starter, highlighted at build time: shown until the editor is wanted. */
  staticCode: ReactNode
}) {
  const { id, starter, hints } = exercise
  const saved = useSavedCode(exerciseCodeKey(id), starter)
  const checker = useExerciseCheck(id)
  const mark = useExerciseMark(id)
  const [timelineOpen, setTimelineOpen] = useTimelinePreference()
  const { live, focusOnMount, want, slotRef } = useEditorIntent({
    mustShow: saved.loaded && saved.code !== starter,
  })
  const [undoCode, setUndoCode] = useState<string | null>(null)
  const hintId = useId()

  useEffect(() => preloadWhenIdle(prefetchSandboxParts), [])

  const check = useCallback(() => void checker.check(saved.code), [checker, saved.code])
  const onChange = useCallback(
    (code: string) => {
      setUndoCode(null)
      saved.setCode(code)
    },
    [saved],
  )
  const replaceCode = (code: string) => {
    setUndoCode(saved.code)
    if (code === starter) saved.reset()
    else saved.setCode(code)
    want('show')
  }
  const undo = () => {
    if (undoCode !== null) saved.setCode(undoCode)
    setUndoCode(null)
  }

  const grade = checker.graded?.grade ?? null
  const attempted = (mark?.attempts ?? 0) > 0 || grade !== null
  const headerButton =
    'inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-xs font-medium text-ink-muted hover:bg-page hover:text-ink'

  return (
    <div className="not-prose mt-4 space-y-4" data-exercise-workbench={id}>
      <div
        className="example-frame overflow-hidden rounded-lg border border-line bg-surface"
        data-sandbox
        data-testid="exercise-starter"
        data-run-phase={checker.phase}
      >
        <div className="flex min-h-9 items-center justify-between gap-2 border-b border-line px-3 py-1">
          <span className="font-mono text-xs text-ink-muted">{exerciseFile}</span>
          <div className="flex shrink-0 items-center gap-1">
            {saved.edited && (
              <button type="button" onClick={() => replaceCode(starter)} className={headerButton}>
                <ResetIcon className="size-3.5" />
                Start over
              </button>
            )}
            {undoCode !== null && (
              <button type="button" onClick={undo} className={headerButton}>
                <ResetIcon className="size-3.5 -scale-x-100" />
                Undo
              </button>
            )}
            <CopyButton text={saved.code} />
            <OpenWorkspaceButton
              className={headerButton}
              target={() => ({
                id: `exercise-${id}`,
                title: exercise.title,
                files: { [exerciseFile]: saved.code },
                exercise,
                onPageFileChange: (path, text) => path === exerciseFile && saved.setCode(text),
                onRunHere: (files) => void checker.check(files[exerciseFile] ?? saved.code),
              })}
            />
          </div>
        </div>
        <CodeControls
          editor={{
            live,
            onWant: want,
            focusOnMount,
            staticCode,
            code: saved.code,
            original: starter,
            onChange,
            onRun: check,
            label: `Your code for the exercise ${exercise.title}`,
            hintId,
            flags: [],
            editorRef: null,
            slotRef,
          }}
          verb="check"
          phase={checker.phase}
          status={checker.status}
          onStop={checker.stop}
          problem={checker.problem}
        />
        {checker.graded && (
          <div className="space-y-3 border-t border-line bg-page px-4 py-3">
            <GradeReport grade={checker.graded.grade} />
            <details className="text-sm" data-testid="program-output">
              <summary className="cursor-pointer text-ink-muted">
                What your program printed, and its event-loop timeline
              </summary>
              <div className="mt-2 overflow-hidden rounded-md border border-line">
                <OutputPanel
                  result={checker.graded.run}
                  file={exerciseFile}
                  timelineOpen={timelineOpen}
                  onTimelineOpenChange={setTimelineOpen}
                  fallback={<p className="px-2 py-2 text-ink-muted">Loading…</p>}
                />
              </div>
            </details>
          </div>
        )}
        <p role="status" className="sr-only" data-testid="exercise-announcement">
          {checker.phase !== 'idle' ? 'Checking…' : grade ? gradeVerdict(grade) : ''}
        </p>
      </div>
      <HintsPanel exerciseId={id} hints={hints} />
      <SolutionPanel exerciseId={id} attempted={attempted} onUse={replaceCode} />
      <noscript>
        <p className="text-sm text-ink-muted">
          Checking your answer runs Python in this page and needs JavaScript. Without it, save your
          code as a file and run <code>npx looplab grade {id} your-file.py</code>.
        </p>
      </noscript>
    </div>
  )
}
