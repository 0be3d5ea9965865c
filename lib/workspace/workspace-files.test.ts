import { describe, expect, it } from 'vitest'
import { FakeContainer } from './container-fake'
import {
  openingFiles,
  readStoredFiles,
  storageKey,
  storeFiles,
  writeWorkspace,
} from './workspace-files'

class MemoryStorage {
  readonly items = new Map<string, string>()
  refuse = false
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string) {
    if (this.refuse) throw new DOMException('quota', 'QuotaExceededError')
    this.items.set(key, value)
  }
}
const asStorage = (memory: MemoryStorage) => memory as unknown as Storage

describe('a workspace’s files in the browser and in the container', () => {
  it('keeps files per workspace, and the page’s own code wins when it opens', () => {
    const memory = new MemoryStorage()
    expect(storeFiles(asStorage(memory), 'a', { 'main.py': 'old', 'util.py': 'X = 1' })).toBe(true)
    const stored = readStoredFiles(asStorage(memory), 'a')
    expect(openingFiles(stored, { 'main.py': 'new' })).toEqual({
      'main.py': 'new',
      'util.py': 'X = 1',
    })
    expect(readStoredFiles(asStorage(memory), 'b')).toEqual({})
  })

  it('drops what is not a file of the workspace, and survives a refusing storage', () => {
    const memory = new MemoryStorage()
    memory.items.set(storageKey('a'), JSON.stringify({ '../escape.py': 'x', 'ok.py': 'y' }))
    expect(readStoredFiles(asStorage(memory), 'a')).toEqual({ 'ok.py': 'y' })
    memory.items.set(storageKey('a'), '{not json')
    expect(readStoredFiles(asStorage(memory), 'a')).toEqual({})
    memory.refuse = true
    expect(storeFiles(asStorage(memory), 'a', { 'main.py': '' })).toBe(false)
    expect(storeFiles(null, 'a', { 'main.py': '' })).toBe(false)
  })

  it('writes files and the exercise folder into the workspace’s folder of the container', async () => {
    const container = new FakeContainer()
    await writeWorkspace(
      container,
      'exercise-x',
      { 'main.py': 'pass', 'pkg/mod.py': 'Y = 2' },
      {
        id: 'x',
        title: 'X',
        hints: ['h'],
        prompt: 'do it',
        starter: 'pass',
        checks: 'def check(): pass',
        probes: null,
      },
    )
    expect(container.files.get('workspaces/exercise-x/pkg/mod.py')).toBe('Y = 2')
    expect(
      JSON.parse(container.files.get('workspaces/exercise-x/x/exercise.json') as string),
    ).toEqual({
      title: 'X',
      hints: ['h'],
      wrong: [],
    })
    expect(container.files.has('workspaces/exercise-x/x/probes.py')).toBe(false)
    await expect(writeWorkspace(container, 'exercise-x', { '/etc/passwd': '' })).rejects.toThrow(
      'not a file path',
    )
  })
})
