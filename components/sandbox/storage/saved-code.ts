/**
 * A learner's edits, kept in this browser (localStorage) per example and for the playground, so a
 * reload or a later visit shows their code, not the lesson's. Saving can fail (private modes,
 * a full quota): callers get 'failed' and tell the learner, whose code stays in the editor.
 */

import { storageKeys, type KeyValueStore } from '@/components/storage/browser-storage'

export {
  browserStorage as browserStore,
  type KeyValueStore,
} from '@/components/storage/browser-storage'

export type SavedCode = {
  code: string
  /** The code the learner started from: a changed lesson can say its example moved on. */
  original: string
}

export type SaveOutcome = 'saved' | 'cleared' | 'failed'

export function exampleCodeKey(lessonId: string, exampleName: string): string {
  return storageKeys.code(`example:${lessonId}#${exampleName}`)
}

export const playgroundCodeKey = storageKeys.code('playground')

export function readSavedCode(store: KeyValueStore | null, key: string): SavedCode | null {
  let raw: string | null
  try {
    raw = store?.getItem(key) ?? null
  } catch {
    return null
  }
  if (raw === null) return null
  try {
    const value: unknown = JSON.parse(raw)
    if (
      typeof value === 'object' &&
      value !== null &&
      'code' in value &&
      'original' in value &&
      typeof value.code === 'string' &&
      typeof value.original === 'string'
    ) {
      return { code: value.code, original: value.original }
    }
  } catch {
    // Not ours, or damaged: treat as nothing saved.
  }
  return null
}

/** Saves `code`, or forgets the entry when it is the original again. */
export function saveCode(
  store: KeyValueStore | null,
  key: string,
  code: string,
  original: string,
): SaveOutcome {
  if (!store) return 'failed'
  try {
    if (code === original) {
      store.removeItem(key)
      return 'cleared'
    }
    store.setItem(key, JSON.stringify({ code, original } satisfies SavedCode))
    return 'saved'
  } catch {
    return 'failed'
  }
}

export function forgetCode(store: KeyValueStore | null, key: string): void {
  try {
    store?.removeItem(key)
  } catch {
    // Nothing was saved, then.
  }
}
