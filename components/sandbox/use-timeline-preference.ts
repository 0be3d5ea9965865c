'use client'

import { useCallback, useSyncExternalStore } from 'react'
import { readItem, removeItem, storageKeys, writeItem } from '@/components/storage/browser-storage'

/** Whether run outputs show the event-loop timeline: open unless the learner closed it. */
const listeners = new Set<() => void>()
/** This page's choice, which holds even where localStorage refuses to keep it. */
let chosen: boolean | null = null

function read(): boolean {
  if (chosen !== null) return chosen
  return readItem(storageKeys.timeline) !== 'closed'
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
    // Where storage refuses, not remembered across pages; this page still follows `chosen`.
    if (next) removeItem(storageKeys.timeline)
    else writeItem(storageKeys.timeline, 'closed')
    for (const listener of listeners) listener()
  }, [])
  return [open, setOpen]
}
