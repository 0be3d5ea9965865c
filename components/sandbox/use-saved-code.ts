'use client'

/**
 * The code in a sandbox, kept in this browser as the learner types (per example, or the
 * playground's), restored on the next visit, and reset to the original on request. Code shown
 * from elsewhere (a shared link) is not saved until the learner edits it.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { browserStore, forgetCode, readSavedCode, saveCode } from './storage/saved-code'

const saveDelayMs = 300

export type SavedCodeState = {
  code: string
  /** Differs from the original. */
  edited: boolean
  /** The last save failed (private mode, full storage): the code is only in this page. */
  saveFailed: boolean
  /** True once the browser's stored code has been read (after hydration). */
  loaded: boolean
  /** The learner's edit. */
  setCode(code: string): void
  /** Shows `code` without saving it (until the learner edits it). */
  showUnsaved(code: string): void
  /** Drops what this page shows in favour of what is stored (or the original). */
  revert(): void
  reset(): void
}

function subscribeToStorage(onChange: () => void): () => void {
  window.addEventListener('storage', onChange)
  return () => window.removeEventListener('storage', onChange)
}

const subscribeNever = () => () => undefined

export function useSavedCode(key: string | null, original: string): SavedCodeState {
  // What this browser has stored (null on the server and during hydration).
  const storedRaw = useSyncExternalStore(
    subscribeToStorage,
    () => (key ? (readSavedCode(browserStore(), key)?.code ?? null) : null),
    () => null,
  )
  const loaded = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  )
  // Edits made in this page since it loaded; null until the first.
  const [draft, setDraft] = useState<string | null>(null)
  const [saveFailed, setSaveFailed] = useState(false)
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null)
  const unsaved = useRef<string | null>(null)

  const code = draft ?? storedRaw ?? original

  const flush = useCallback(() => {
    if (pending.current === null) return
    clearTimeout(pending.current)
    pending.current = null
    const value = unsaved.current
    if (key && value !== null) {
      setSaveFailed(saveCode(browserStore(), key, value, original) === 'failed')
    }
  }, [key, original])

  useEffect(() => {
    window.addEventListener('pagehide', flush)
    return () => {
      window.removeEventListener('pagehide', flush)
      flush()
    }
  }, [flush])

  const setCode = useCallback(
    (next: string) => {
      setDraft(next)
      if (!key) return
      unsaved.current = next
      if (pending.current !== null) clearTimeout(pending.current)
      pending.current = setTimeout(flush, saveDelayMs)
    },
    [key, flush],
  )

  const cancelSave = () => {
    if (pending.current !== null) clearTimeout(pending.current)
    pending.current = null
    unsaved.current = null
  }

  const showUnsaved = useCallback((next: string) => {
    cancelSave()
    setDraft(next)
  }, [])

  const revert = useCallback(() => {
    cancelSave()
    setDraft(null)
  }, [])

  const reset = useCallback(() => {
    cancelSave()
    setDraft(original)
    if (key) forgetCode(browserStore(), key)
    setSaveFailed(false)
  }, [key, original])

  return useMemo(
    () => ({
      code,
      edited: code !== original,
      saveFailed,
      loaded,
      setCode,
      showUnsaved,
      revert,
      reset,
    }),
    [code, original, saveFailed, loaded, setCode, showUnsaved, revert, reset],
  )
}
