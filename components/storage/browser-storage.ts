/**
 * Everything LoopLab keeps in this browser's localStorage, in one place with one key scheme:
 * `looplab:<area>:<name>`, with `:v<N>` where the stored shape may change (docs/architecture.md,
 * "The page"). Access goes through the helpers here because storage can be refused at any call
 * (private modes, a full quota, some privacy settings throw on `localStorage` itself): a refusal
 * is an answer (null, false), never an exception in a component.
 */

export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

export const storageKeys = {
  theme: 'looplab:pref:theme',
  timeline: 'looplab:pref:timeline',
  /** Set once Python has booted in this browser: its files are then in the HTTP cache. */
  pythonCached: 'looplab:python-cached:v1',
  progress: 'looplab:progress:v1',
  pendingGrades: 'looplab:pending-grades:v1',
  /** `example:<lesson>#<name>` or `playground`. */
  code: (which: string) => `looplab:code:v1:${which}`,
  hints: (exerciseId: string) => `looplab:hints:v1:${exerciseId}`,
  // A workspace's files: `looplab:workspace:v1:<id>`, kept by lib/workspace/workspace-files.ts.
} as const

/** Keys of earlier releases, read once so a returning reader keeps their choice. */
export const legacyKeys = { theme: 'looplab-theme' } as const

/** localStorage, or null where the browser refuses it. */
export function browserStorage(): KeyValueStore | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}

export function readItem(key: string, store = browserStorage()): string | null {
  try {
    return store?.getItem(key) ?? null
  } catch {
    return null
  }
}

/** Whether it was kept. */
export function writeItem(key: string, value: string, store = browserStorage()): boolean {
  try {
    if (!store) return false
    store.setItem(key, value)
    return true
  } catch {
    return false
  }
}

export function removeItem(key: string, store = browserStorage()): boolean {
  try {
    if (!store) return false
    store.removeItem(key)
    return true
  } catch {
    return false
  }
}
