'use client'

/**
 * Opening /playground#code=…: the shared program is shown — never run — until the learner acts.
 * Their own playground code is not lost: "Back to your code" returns to it, and if they edit the
 * shared program instead (which then replaces theirs in this browser), the earlier code is kept
 * aside once, to be restored.
 */
import { useCallback, useEffect, useState } from 'react'
import {
  browserStore,
  forgetCode,
  playgroundCodeKey,
  readSavedCode,
  saveCode,
} from '../storage/saved-code'
import { decodeShare, sharedValue } from '../share/share-code'
import type { SavedCodeState } from '../use-saved-code'

export const earlierCodeKey = `${playgroundCodeKey}:before-shared`

export type SharedLinkState =
  | { kind: 'none' }
  /** The shared code is on screen, unedited and not run. */
  | { kind: 'shown' }
  /** The learner edited the shared code; their earlier code, if any, is kept aside. */
  | { kind: 'adopted'; earlier: boolean }
  | { kind: 'error'; message: string }

function dropHash(): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`)
}

export function useSharedLink(saved: SavedCodeState) {
  const [state, setState] = useState<SharedLinkState>({ kind: 'none' })
  const { showUnsaved, revert, setCode } = saved

  useEffect(() => {
    let current = true
    const open = () => {
      const value = sharedValue(location.hash)
      if (!value) return
      decodeShare(value).then(
        (code) => {
          if (!current) return
          showUnsaved(code)
          setState({ kind: 'shown' })
        },
        (error: unknown) => {
          if (!current) return
          const message = error instanceof Error ? error.message : String(error)
          setState({ kind: 'error', message })
        },
      )
    }
    open()
    window.addEventListener('hashchange', open)
    return () => {
      current = false
      window.removeEventListener('hashchange', open)
    }
  }, [showUnsaved])

  /** The learner's edit: the first one adopts the shared code as theirs. */
  const edit = useCallback(
    (code: string) => {
      if (state.kind === 'shown') {
        const store = browserStore()
        const own = readSavedCode(store, playgroundCodeKey)
        const kept = own !== null && saveCode(store, earlierCodeKey, own.code, '') === 'saved'
        dropHash()
        setState({ kind: 'adopted', earlier: kept })
      }
      setCode(code)
    },
    [state.kind, setCode],
  )

  const backToOwn = useCallback(() => {
    revert()
    dropHash()
    setState({ kind: 'none' })
  }, [revert])

  const restoreEarlier = useCallback(() => {
    const store = browserStore()
    const earlier = readSavedCode(store, earlierCodeKey)
    if (earlier) setCode(earlier.code)
    forgetCode(store, earlierCodeKey)
    setState({ kind: 'none' })
  }, [setCode])

  const dismiss = useCallback(() => setState({ kind: 'none' }), [])

  return { state, edit, backToOwn, restoreEarlier, dismiss }
}
