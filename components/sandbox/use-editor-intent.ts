'use client'

/**
 * When the static code becomes the editor. The editor module is loaded first and the swap made
 * only then, so the static block keeps keyboard focus until the editor can take it — and the
 * editor takes it only if the focus is still there (a learner who tabbed on meanwhile is not
 * pulled back, and no Tab lands in the editor to indent a line by surprise). Once live, the editor
 * stays: Reset must not swap it back to static code and drop focus.
 */
import { useCallback, useRef, useState } from 'react'
import { loadCodeEditor } from './lazy-parts'

/**
 * Why the editor is wanted: `show` (the pointer came over the code, or the page needs the editor),
 * `press` (the learner pressed on the code: they mean to type there), `focus` (keyboard focus
 * reached the code).
 */
export type EditorIntent = 'show' | 'press' | 'focus'

export function useEditorIntent({ mustShow }: { mustShow: boolean }) {
  const [wanted, setWanted] = useState(false)
  const [focusOnMount, setFocusOnMount] = useState(false)
  const slotRef = useRef<HTMLDivElement>(null)

  const want = useCallback((intent: EditorIntent) => {
    const swap = () => {
      // A press always means "here": the swap may even come before the press has moved focus.
      const focusStayed = slotRef.current?.contains(document.activeElement) === true
      if (intent === 'press' || (intent === 'focus' && focusStayed)) setFocusOnMount(true)
      setWanted(true)
    }
    // If the module cannot load, the lazy editor shows its placeholder and retries on render.
    loadCodeEditor().then(swap, swap)
  }, [])

  const live = wanted || mustShow
  if (live && !wanted) setWanted(true)
  return { live, focusOnMount, want, slotRef }
}
