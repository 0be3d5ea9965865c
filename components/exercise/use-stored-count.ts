'use client'

/** A small number kept in this browser (how many hints are revealed), shared across tabs. */
import { useCallback, useSyncExternalStore } from 'react'
import { readItem, writeItem } from '@/components/storage/browser-storage'

const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  window.addEventListener('storage', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', listener)
  }
}

function read(key: string): number {
  const value = Number(readItem(key))
  return Number.isInteger(value) && value > 0 ? value : 0
}

export function useStoredCount(key: string): [number, (value: number) => void] {
  const value = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => 0,
  )
  const set = useCallback(
    (next: number) => {
      // Not kept where storage refuses (private mode): this page still shows it, below.
      writeItem(key, String(next))
      memory.set(key, next)
      for (const listener of listeners) listener()
    },
    [key],
  )
  return [Math.max(value, memory.get(key) ?? 0), set]
}

/** This page's values, for browsers that refuse to store them. */
const memory = new Map<string, number>()
