'use client'

/**
 * Where the code is: the server-rendered, highlighted block until the learner shows intent (the
 * pointer comes over it, it gets focus, a stored edit must be shown), then the CodeMirror editor
 * in its place. Both draw the same font, size, padding and line numbers, so nothing moves.
 */
import { createElement, useEffect, useState, type ReactNode, type Ref, type RefObject } from 'react'
import type { CodeEditor, CodeEditorHandle } from './editor/code-editor'
import type { LineFlag } from './editor/line-flags'
import { loadCodeEditor, loadedCodeEditor } from './lazy-parts'
import type { EditorIntent } from './use-editor-intent'

export type EditorSlotProps = {
  live: boolean
  /** The learner wants the editor now, and why (whether it should take keyboard focus). */
  onWant(intent: EditorIntent): void
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

/**
 * The editor component once its module is loaded, loading it when `wanted`. Until then the static
 * code stays: the editor is mounted once, as itself, never swapped in from a lazy stand-in (a
 * swap remounts it, dropping keyboard focus and the keys typed meanwhile).
 */
function useEditorModule(wanted: boolean): typeof CodeEditor | null {
  const [loaded, setLoaded] = useState(loadedCodeEditor)
  const ready = loaded ?? loadedCodeEditor()
  useEffect(() => {
    if (!wanted || ready) return
    let current = true
    // A failed load leaves the static code in place; the next intent tries again.
    loadCodeEditor().then(
      (editor) => current && setLoaded(() => editor),
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [wanted, ready])
  return ready
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
  const Editor = useEditorModule(live)
  const fallback =
    staticCode && code === original ? staticCode : <PlainCode code={code} label={label} />
  const placeholder = (
    <div className="sandbox-static font-mono" data-testid="static-code">
      {fallback}
    </div>
  )
  if (!live || !Editor) {
    return (
      <div
        ref={slotRef}
        data-slot="code"
        onPointerEnter={() => onWant('show')}
        onPointerDown={() => onWant('press')}
        onFocus={() => onWant('focus')}
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
  return (
    <div ref={slotRef} data-slot="code" className="font-mono">
      {/* A module-level component, loaded once — not one created here. */}
      {createElement(Editor, editorProps)}
    </div>
  )
}
