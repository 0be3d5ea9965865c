import { describe, expect, it } from 'vitest'
import { readItem, removeItem, storageKeys, writeItem, type KeyValueStore } from './browser-storage'

const refusing: KeyValueStore = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError')
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError')
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError')
  },
}

function memoryStore(): KeyValueStore {
  const items = new Map<string, string>()
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  }
}

describe('browser storage', () => {
  it('answers a refusal instead of throwing', () => {
    expect(readItem('k', refusing)).toBeNull()
    expect(writeItem('k', 'v', refusing)).toBe(false)
    expect(removeItem('k', refusing)).toBe(false)
    expect(writeItem('k', 'v', null)).toBe(false)
  })

  it('keeps, reads and forgets', () => {
    const store = memoryStore()
    expect(writeItem('k', 'v', store)).toBe(true)
    expect(readItem('k', store)).toBe('v')
    expect(removeItem('k', store)).toBe(true)
    expect(readItem('k', store)).toBeNull()
  })

  it('names every key looplab:<area>:<name>', () => {
    const keys = [
      storageKeys.theme,
      storageKeys.timeline,
      storageKeys.pythonCached,
      storageKeys.progress,
      storageKeys.pendingGrades,
      storageKeys.code('playground'),
      storageKeys.hints('kitchen-timers'),
    ]
    for (const key of keys) expect(key).toMatch(/^looplab:[a-z-]+:[^:]/)
  })
})
