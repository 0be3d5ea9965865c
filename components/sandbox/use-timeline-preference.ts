'use client'

import { useCallback, useSyncExternalStore } from 'react'

/** Whether run outputs show the event-loop timeline: open unless the learner closed it. */
const key = 'looplab:pref:timeline'
const listeners = new Set<() => void>()
/** This page's choice, which holds even where localStorage refuses to keep it. */
let chosen: boolean | null = null

function read(): boolean {
  if (chosen !== null) return chosen
  try {
    return localStorage.getItem(key) !== 'closed'
  } catch {
    return true
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  window.addEventListener('storage', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', listener)
  }
}

export function useTimelinePreference(): [boolean, (open: boolean) => void] {
  const open = useSyncExternalStore(subscribe, read, () => true)
  const setOpen = useCallback((next: boolean) => {
    chosen = next
    try {
      if (next) localStorage.removeItem(key)
      else localStorage.setItem(key, 'closed')
    } catch {
      // Not remembered across pages then; this page still follows `chosen`.
    }
    for (const listener of listeners) listener()
  }, [])
  return [open, setOpen]
}
