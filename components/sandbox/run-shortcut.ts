'use client'

import { useSyncExternalStore } from 'react'

const subscribeNever = () => () => undefined
const isApple = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)

/** "Ctrl+Enter", or "⌘+Enter" on Apple devices (Ctrl on the server, then the real one). */
export function useRunShortcut(): string {
  return useSyncExternalStore(
    subscribeNever,
    () => (isApple() ? '⌘+Enter' : 'Ctrl+Enter'),
    () => 'Ctrl+Enter',
  )
}
