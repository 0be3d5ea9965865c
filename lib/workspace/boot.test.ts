import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { bootWorkspace, type BootDeps, type PhaseEvent } from './boot'
import type { BrowserFacts } from './browser-support'
import { FakeHost } from './container-fake'
import type { FileSystemTree } from './container-port'
import { WorkspaceUnavailable } from './unavailable'

const chromium: BrowserFacts = {
  crossOriginIsolated: true,
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0 Safari/537.36',
  maxTouchPoints: 0,
  onLine: true,
  has: {
    sharedArrayBuffer: true,
    webAssembly: true,
    streams: true,
    decompression: true,
    worker: true,
  },
}
const tree: FileSystemTree = {
  'package.json': { file: { contents: '{}' } },
  workspaces: {
    directory: { demo: { directory: { 'main.py': { file: { contents: 'print(1)' } } } } },
  },
}
const later = <T>(ms: number, value: T) =>
  new Promise<T>((resolve) => setTimeout(() => resolve(value), ms))

function deps(host: FakeHost, overrides: Partial<BootDeps> = {}) {
  const events: PhaseEvent[] = []
  const calls = { reach: 0, loadHost: 0, loadTree: 0 }
  const value: BootDeps = {
    facts: chromium,
    reachStackBlitz: () => (calls.reach++, later(300, undefined)),
    loadHost: () => (calls.loadHost++, later(100, host)),
    loadTree: () => (calls.loadTree++, later(800, tree)),
    onPhase: (event) => events.push(event),
    now: () => Date.now(),
    ...overrides,
  }
  return { value, events, calls }
}

async function failure(promise: Promise<unknown>): Promise<WorkspaceUnavailable> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(WorkspaceUnavailable)
  return error as WorkspaceUnavailable
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('bootWorkspace against a fake WebContainer', () => {
  it('reaches StackBlitz, boots while the files download, mounts, and times each phase', async () => {
    const host = new FakeHost({ afterMs: 1200 })
    const { value, events } = deps(host)
    const booting = bootWorkspace(value)
    await vi.advanceTimersByTimeAsync(5_000)
    const booted = await booting
    expect(booted.container).toBe(host.container)
    expect(host.boots).toEqual([{ coep: 'require-corp', workdirName: 'looplab' }])
    expect(host.container.mounts).toBe(1)
    expect(host.container.files.get('workspaces/demo/main.py')).toBe('print(1)')
    // files (800 ms) ran beside loading the API (100 ms) and booting (1200 ms)
    expect(booted.phases).toEqual([
      { phase: 'reach', ms: 300 },
      { phase: 'files', ms: 800 },
      { phase: 'boot', ms: 1300 },
      { phase: 'mount', ms: 0 },
    ])
    expect(events.filter((event) => event.state === 'started').map((e) => e.phase)).toEqual([
      'reach',
      'files',
      'boot',
      'mount',
    ])
  })

  it('says the page is not cross-origin isolated, and requests nothing', async () => {
    const host = new FakeHost()
    const { value, calls } = deps(host, { facts: { ...chromium, crossOriginIsolated: false } })
    expect((await failure(bootWorkspace(value))).reason).toBe('not-isolated')
    expect(calls).toEqual({ reach: 0, loadHost: 0, loadTree: 0 })
  })

  it('names an unsupported browser: iOS, an iPad that says Macintosh, old Safari, no streams', async () => {
    const cases: Partial<BrowserFacts>[] = [
      { userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1' },
      {
        userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X) Version/18.0 Safari/605',
        maxTouchPoints: 5,
      },
      { userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X) Version/16.3 Safari/605.1.15' },
      { has: { ...chromium.has, decompression: false } },
    ]
    for (const facts of cases) {
      const { value, calls } = deps(new FakeHost(), { facts: { ...chromium, ...facts } })
      const error = await failure(bootWorkspace(value))
      expect(error.reason).toBe('unsupported-browser')
      expect(error.detail).toBeTruthy()
      expect(calls.reach).toBe(0)
    }
    const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:150.0) Gecko/20100101 Firefox/150.0'
    const { value } = deps(new FakeHost(), { facts: { ...chromium, userAgent: firefox } })
    const booting = bootWorkspace(value)
    await vi.advanceTimersByTimeAsync(5_000)
    await expect(booting).resolves.toBeTruthy()
  })

  it('says the browser is offline without a request', async () => {
    const { value, calls } = deps(new FakeHost(), { facts: { ...chromium, onLine: false } })
    expect((await failure(bootWorkspace(value))).reason).toBe('offline')
    expect(calls.reach).toBe(0)
  })

  it('says StackBlitz is unreachable when the request fails, and never boots', async () => {
    const host = new FakeHost()
    const { value, calls } = deps(host, {
      reachStackBlitz: () => Promise.reject(new TypeError('Failed to fetch')),
    })
    const error = await failure(bootWorkspace(value))
    expect(error.reason).toBe('unreachable')
    expect(error.detail).toBe('Failed to fetch')
    expect(calls.loadHost).toBe(0)
    expect(host.boots).toEqual([])
  })

  it('reports a refused boot with the WebContainer’s own words', async () => {
    const host = new FakeHost('refuse')
    const booting = failure(bootWorkspace(deps(host).value))
    await vi.advanceTimersByTimeAsync(5_000)
    const error = await booting
    expect(error.reason).toBe('boot-failed')
    expect(error.detail).toBe('Unable to create more instances')
  })

  it('gives up after 20 s, naming the phase still running, and tears down a late boot', async () => {
    const host = new FakeHost({ afterMs: 30_000 })
    const booting = failure(bootWorkspace(deps(host).value))
    await vi.advanceTimersByTimeAsync(19_999)
    await vi.advanceTimersByTimeAsync(1)
    const error = await booting
    expect(error.reason).toBe('boot-timeout')
    expect(error.detail).toBe('still booting the WebContainer')
    expect(host.container.tornDown).toBe(false)
    await vi.advanceTimersByTimeAsync(15_000)
    expect(host.container.tornDown).toBe(true)
    expect(host.container.mounts).toBe(0)
  })

  it('gives up on a boot that never answers', async () => {
    const booting = failure(bootWorkspace(deps(new FakeHost('hang')).value))
    await vi.advanceTimersByTimeAsync(20_000)
    expect((await booting).reason).toBe('boot-timeout')
  })

  it('says the site’s files are missing, and releases the booted container', async () => {
    const host = new FakeHost()
    const { value } = deps(host, {
      loadTree: () => Promise.reject(new Error('GET /workspace/manifest.json: 404')),
    })
    const booting = failure(bootWorkspace(value))
    await vi.advanceTimersByTimeAsync(5_000)
    const error = await booting
    expect(error.reason).toBe('files-missing')
    expect(error.detail).toContain('404')
    expect(host.container.tornDown).toBe(true)
  })
})
