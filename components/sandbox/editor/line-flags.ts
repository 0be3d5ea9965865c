/**
 * Lines the output points at — where the traceback says the error is, where a diagnostic applies
 * — tinted in the editor, with the message as a tooltip; and a brief flash on a line the learner
 * jumped to from the output. Set through a state effect, so they follow edits like any text.
 */
import { StateEffect, StateField, type EditorState } from '@codemirror/state'
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view'

export type LineFlag = { line: number; kind: 'error' | 'warning'; message: string }

export const setLineFlags = StateEffect.define<readonly LineFlag[]>()
export const flashLine = StateEffect.define<number>()

function decorations(state: EditorState, flags: readonly LineFlag[]): DecorationSet {
  const lines = state.doc.lines
  const ranges = flags
    .filter((flag) => flag.line >= 1 && flag.line <= lines)
    .map((flag) => ({ flag, from: state.doc.line(flag.line).from }))
    .sort((a, b) => a.from - b.from)
  return Decoration.set(
    ranges.map(({ flag, from }) =>
      Decoration.line({
        class: `cm-flag-${flag.kind}`,
        attributes: { title: flag.message },
      }).range(from),
    ),
    true,
  )
}

const flagField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, transaction) {
    let next = value.map(transaction.changes)
    for (const effect of transaction.effects) {
      if (effect.is(setLineFlags)) next = decorations(transaction.state, effect.value)
    }
    return next
  },
  provide: (field) => EditorView.decorations.from(field),
})

const flashField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, transaction) {
    let next = value.map(transaction.changes)
    for (const effect of transaction.effects) {
      if (effect.is(flashLine) && effect.value <= transaction.state.doc.lines) {
        const from = transaction.state.doc.line(effect.value).from
        next = Decoration.set([Decoration.line({ class: 'cm-flash' }).range(from)])
      }
    }
    return next
  },
  provide: (field) => EditorView.decorations.from(field),
})

export const lineFlags = [flagField, flashField]
