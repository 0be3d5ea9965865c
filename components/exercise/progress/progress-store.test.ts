import { describe, expect, it } from 'vitest'
import { pendingKey, progressKey, ProgressStore } from './progress-store'

function memoryStorage() {
  const items = new Map<string, string>()
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    items,
  }
}

type Reply = Response | 'offline'

function fakeServer(progress: unknown = { exercises: [] }) {
  const posts: { exercise: string; code: string }[] = []
  let next: Reply[] = []
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (String(input) === '/api/progress') return Response.json(progress)
    const reply =
      next.shift() ?? Response.json({ version: 3, status: 'pass', message: null, tests: [] })
    if (reply === 'offline') throw new TypeError('Failed to fetch')
    posts.push(JSON.parse(String(init?.body)))
    return reply
  }
  return {
    fetch: fetch as typeof globalThis.fetch,
    posts,
    reply: (...replies: Reply[]) => (next = replies),
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

function makeStore(server = fakeServer(), storage = memoryStorage()) {
  const retries: number[] = []
  const store = new ProgressStore({
    storage,
    fetch: server.fetch,
    now: () => new Date('2026-03-01T12:00:00Z'),
    schedule: (_retry, ms) => retries.push(ms),
  })
  return { store, storage, server, retries }
}

describe('ProgressStore', () => {
  it('marks a check at once, and merges what the server knows', async () => {
    const server = fakeServer({
      exercises: [
        { exercise: 'old-one', attempts: 2, passed: true, completedAt: '2026-01-01T00:00:00Z' },
      ],
    })
    const { store, storage } = makeStore(server)
    store.start()
    store.recordCheck('new-one', 'print(1)', true)
    expect(store.getSnapshot()['new-one']).toEqual({
      attempts: 1,
      completedAt: '2026-03-01T12:00:00.000Z',
    })
    await settle()
    expect(store.getSnapshot()['old-one']?.completedAt).toBe('2026-01-01T00:00:00Z')
    expect(server.posts).toEqual([{ exercise: 'new-one', code: 'print(1)' }])
    expect(JSON.parse(storage.getItem(pendingKey) ?? '[]')).toEqual([])
    expect(JSON.parse(storage.getItem(progressKey) ?? '{}')).toHaveProperty('new-one')
  })

  it('keeps what it could not send, and sends it later in order', async () => {
    const { store, storage, server, retries } = makeStore()
    server.reply('offline', 'offline')
    store.start()
    store.recordCheck('a', 'print("a")', false)
    await settle()
    store.recordCheck('b', 'print("b")', true)
    await settle()
    expect(retries.length).toBeGreaterThan(0)
    expect(JSON.parse(storage.getItem(pendingKey) ?? '[]')).toHaveLength(2)
    expect(store.getSnapshot().b?.completedAt).not.toBeNull() // solved offline still shows

    server.reply(new Response('busy', { status: 503, headers: { 'retry-after': '7' } }))
    await store.flush()
    expect(retries.at(-1)).toBe(7000)

    await store.flush()
    expect(server.posts.map((p) => p.exercise)).toEqual(['a', 'a', 'b'])
    expect(JSON.parse(storage.getItem(pendingKey) ?? '[]')).toEqual([])
  })

  it('drops a submission the server refuses for good', async () => {
    const { store, storage, server } = makeStore()
    server.reply(Response.json({ error: 'unknown-exercise' }, { status: 400 }))
    store.start()
    store.recordCheck('gone', 'print(1)', true)
    await settle()
    await settle()
    expect(JSON.parse(storage.getItem(pendingKey) ?? '[]')).toEqual([])
  })

  it('shows the marks of another tab once told', () => {
    const storage = memoryStorage()
    const { store } = makeStore(fakeServer(), storage)
    store.start()
    storage.setItem(
      progressKey,
      JSON.stringify({ x: { attempts: 1, completedAt: '2026-01-01T00:00:00Z' } }),
    )
    store.reloadLocal()
    expect(store.getSnapshot().x?.completedAt).toBe('2026-01-01T00:00:00Z')
  })
})
