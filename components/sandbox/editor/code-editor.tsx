'use client'

/**
 * The sandbox's code editor: CodeMirror 6 with Python highlighting, indentation, bracket matching,
 * line numbers and undo. Loaded lazily (its own chunk). Ctrl/Cmd-Enter runs; Tab indents, and
 * Escape then Tab leaves the editor, so keyboard users are never trapped. Reusable: exercises
 * mount the same component with their own onRun.
 */
import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete'
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands'
import { python } from '@codemirror/lang-python'
import { bracketMatching, indentOnInput, indentUnit } from '@codemirror/language'
import { Annotation, EditorState, Prec } from '@codemirror/state'
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view'
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react'
import { pythonHighlighting } from './highlight'
import { flashLine, lineFlags, setLineFlags, type LineFlag } from './line-flags'

export type CodeEditorHandle = {
  focus(): void
  /** Puts the cursor at the start of `line`, scrolls it into view, flashes it and focuses. */
  focusLine(line: number): void
}

export type CodeEditorProps = {
  value: string
  onChange(value: string): void
  onRun(): void
  /** Accessible name of the editing area. */
  label: string
  /** Id of the element that explains the keys (Ctrl+Enter, Escape then Tab). */
  describedBy?: string
  flags?: readonly LineFlag[]
  autoFocus?: boolean
  ref?: Ref<CodeEditorHandle>
}

/** Marks text replaced from outside (Reset, a stored edit, a shared link): not the learner's edit. */
const fromOutside = Annotation.define<boolean>()

/** Escape hands Tab back to the browser until the next key, however long the learner waits. */
const escapeLeaves = EditorView.domEventHandlers({
  keydown(event, view) {
    if (event.key !== 'Escape') return false
    // CodeMirror's own Escape handling runs after this and allows Tab out for only 2 s.
    queueMicrotask(() => view.setTabFocusMode(24 * 60 * 60 * 1000))
    return false
  },
})

export function CodeEditor(props: CodeEditorProps) {
  const { value, label, describedBy, flags, autoFocus, ref } = props
  const host = useRef<HTMLDivElement>(null)
  const view = useRef<EditorView | null>(null)
  // The latest callbacks, read by the editor's listeners without rebuilding the editor.
  const latest = useRef(props)
  // Texts this editor reported as the learner typed. React may hand one back after more typing
  // (an echo, not a new value): replacing the text with it would drop keystrokes.
  const reported = useRef<string[]>([])
  useEffect(() => {
    latest.current = props
  })

  useEffect(() => {
    const parent = host.current
    if (!parent) return
    const runKeys = Prec.highest(
      keymap.of([
        {
          key: 'Mod-Enter',
          run: () => {
            latest.current.onRun()
            return true
          },
        },
      ]),
    )
    const editor = new EditorView({
      parent,
      state: EditorState.create({
        doc: latest.current.value,
        extensions: [
          runKeys,
          escapeLeaves,
          lineNumbers(),
          highlightActiveLineGutter(),
          history(),
          drawSelection(),
          indentOnInput(),
          indentUnit.of('    '),
          bracketMatching(),
          closeBrackets(),
          highlightActiveLine(),
          python(),
          pythonHighlighting,
          lineFlags,
          keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, indentWithTab]),
          EditorView.contentAttributes.of({
            // Focusable to axe too (a contenteditable is, to a browser): its scroller then counts
            // as reachable by keyboard (scrollable-region-focusable).
            tabindex: '0',
            'aria-label': label,
            ...(describedBy ? { 'aria-describedby': describedBy } : {}),
          }),
          EditorView.updateListener.of((update) => {
            const outside = update.transactions.some((tr) => tr.annotation(fromOutside))
            if (update.docChanged && !outside) {
              const text = update.state.doc.toString()
              reported.current.push(text)
              latest.current.onChange(text)
            }
          }),
        ],
      }),
    })
    view.current = editor
    // After the event that asked for the editor has finished: a mousedown's default action would
    // otherwise move focus off the editor it just mounted.
    const focusing = autoFocus ? setTimeout(() => editor.focus(), 0) : undefined
    return () => {
      clearTimeout(focusing)
      editor.destroy()
      view.current = null
    }
    // The editor is built once; later prop changes are applied by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // Reset, a stored edit, a shared link: replace the text when it differs from what is shown.
  useEffect(() => {
    const editor = view.current
    // Echoes come back in order: forget everything up to this one.
    const echo = reported.current.indexOf(value)
    reported.current = echo === -1 ? [] : reported.current.slice(echo + 1)
    if (!editor || echo !== -1) return
    const current = editor.state.doc.toString()
    if (current !== value) {
      editor.dispatch({
        changes: { from: 0, to: current.length, insert: value },
        annotations: fromOutside.of(true),
      })
    }
  }, [value])

  useEffect(() => {
    view.current?.dispatch({ effects: setLineFlags.of(flags ?? []) })
  }, [flags])

  useImperativeHandle(
    ref,
    () => ({
      focus: () => view.current?.focus(),
      focusLine: (line) => {
        const editor = view.current
        if (!editor) return
        const target = Math.min(Math.max(1, line), editor.state.doc.lines)
        const { from } = editor.state.doc.line(target)
        editor.dispatch({
          selection: { anchor: from },
          effects: [EditorView.scrollIntoView(from, { y: 'center' }), flashLine.of(target)],
        })
        editor.focus()
      },
    }),
    [],
  )

  return <div ref={host} className="sandbox-editor" data-testid="code-editor" />
}
