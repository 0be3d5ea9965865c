import { describe, expect, it } from 'vitest'
import {
  exampleCodeKey,
  forgetCode,
  readSavedCode,
  saveCode,
  type KeyValueStore,
} from './saved-code'

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  }
}

const key = exampleCodeKey('05-concurrency/01-gather', 'three-at-once')

describe('saved code', () => {
  it('keys each example by lesson and name', () => {
    expect(key).toBe('looplab:code:v1:example:05-concurrency/01-gather#three-at-once')
  })

  it('saves an edit and reads it back', () => {
    const store = memoryStore()
    expect(saveCode(store, key, 'print(2)', 'print(1)')).toBe('saved')
    expect(readSavedCode(store, key)).toEqual({ code: 'print(2)', original: 'print(1)' })
  })

  it('forgets the entry when the code is the original again', () => {
    const store = memoryStore()
    saveCode(store, key, 'print(2)', 'print(1)')
    expect(saveCode(store, key, 'print(1)', 'print(1)')).toBe('cleared')
    expect(store.data.size).toBe(0)
  })

  it('reports a refused write instead of throwing (quota, private mode)', () => {
    const full: KeyValueStore = {
      ...memoryStore(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
    }
    expect(saveCode(full, key, 'x', 'y')).toBe('failed')
    expect(saveCode(null, key, 'x', 'y')).toBe('failed')
  })

  it('ignores damaged or foreign entries', () => {
    const store = memoryStore()
    store.data.set(key, '{not json')
    expect(readSavedCode(store, key)).toBeNull()
    store.data.set(key, JSON.stringify({ code: 3 }))
    expect(readSavedCode(store, key)).toBeNull()
    expect(readSavedCode(null, key)).toBeNull()
  })

  it('survives a store that throws on read', () => {
    const hostile: KeyValueStore = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => undefined,
      removeItem: () => {
        throw new Error('denied')
      },
    }
    expect(readSavedCode(hostile, key)).toBeNull()
    expect(() => forgetCode(hostile, key)).not.toThrow()
  })
})
