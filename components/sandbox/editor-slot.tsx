'use client'

/**
 * Where the code is: the server-rendered, highlighted block until the learner shows intent (the
 * pointer comes over it, it gets focus, a stored edit must be shown), then the CodeMirror editor
 * in its place. Both draw the same font, size, padding and line numbers, so nothing moves.
 */
import { createElement, Suspense, type ReactNode, type Ref, type RefObject } from 'react'
import type { CodeEditorHandle } from './editor/code-editor'
import type { LineFlag } from './editor/line-flags'
import { LazyCodeEditor, loadedCodeEditor } from './lazy-parts'

export type EditorSlotProps = {
  live: boolean
  /** The learner wants the editor now; `focus`: move keyboard focus into it once it is there. */
  onWant(focus: boolean): void
  focusOnMount: boolean
  /** The server-rendered code (valid while the code is the original). */
  staticCode?: ReactNode
  code: string
  original: string
  onChange(code: string): void
  onRun(): void
  label: string
  hintId: string
  flags: readonly LineFlag[]
  editorRef: Ref<CodeEditorHandle>
  /** The slot element (useEditorIntent checks that focus is still in it before the swap). */
  slotRef?: RefObject<HTMLDivElement | null>
}

function PlainCode({ code, label }: { code: string; label: string }) {
  return (
    <pre className="shiki" tabIndex={0} aria-label={label}>
      <code>
        {code.split('\n').map((line, index) => (
          <span key={index} className="line">
            {line}
            {'\n'}
          </span>
        ))}
      </code>
    </pre>
  )
}

export function EditorSlot({
  live,
  onWant,
  focusOnMount,
  staticCode,
  code,
  original,
  onChange,
  onRun,
  label,
  hintId,
  flags,
  editorRef,
  slotRef,
}: EditorSlotProps) {
  const fallback =
    staticCode && code === original ? staticCode : <PlainCode code={code} label={label} />
  const placeholder = (
    <div className="sandbox-static font-mono" data-testid="static-code">
      {fallback}
    </div>
  )
  if (!live) {
    return (
      <div
        ref={slotRef}
        data-slot="code"
        onPointerEnter={() => onWant(false)}
        onPointerDown={() => onWant(true)}
        onFocus={() => onWant(true)}
      >
        {placeholder}
      </div>
    )
  }
  const editorProps = {
    ref: editorRef,
    value: code,
    onChange,
    onRun,
    label,
    describedBy: hintId,
    flags,
    autoFocus: focusOnMount,
  }
  // Loaded already (the usual case): render it directly. Otherwise suspend until it loads.
  // (A module-level component, loaded once — not one created here.)
  const loaded = loadedCodeEditor()
  return (
    <div ref={slotRef} data-slot="code" className="font-mono">
      {loaded ? (
        createElement(loaded, editorProps)
      ) : (
        <Suspense fallback={placeholder}>
          <LazyCodeEditor {...editorProps} />
        </Suspense>
      )}
    </div>
  )
}
