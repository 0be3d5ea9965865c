/**
 * Whether this browser can boot a WebContainer, decided before any request is made. StackBlitz
 * supports desktop Chromium fully and Firefox and Safari 16.4+ in beta; iOS is left out (a page's
 * memory there is too small for the runtime and Pyodide). What a WebContainer needs is checked
 * directly: cross-origin isolation (SharedArrayBuffer), WebAssembly, streams, module workers.
 */
import { WorkspaceUnavailable } from './unavailable'

export type BrowserFacts = {
  crossOriginIsolated: boolean
  userAgent: string
  /** navigator.maxTouchPoints: an iPad says "Macintosh" but has a touch screen. */
  maxTouchPoints: number
  onLine: boolean
  has: {
    sharedArrayBuffer: boolean
    webAssembly: boolean
    streams: boolean
    decompression: boolean
    worker: boolean
  }
}

export function browserFacts(): BrowserFacts {
  return {
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
    userAgent: navigator.userAgent,
    maxTouchPoints: navigator.maxTouchPoints ?? 0,
    onLine: navigator.onLine !== false,
    has: {
      sharedArrayBuffer: typeof SharedArrayBuffer === 'function',
      webAssembly: typeof WebAssembly === 'object',
      streams: typeof ReadableStream === 'function' && typeof WritableStream === 'function',
      decompression: typeof DecompressionStream === 'function',
      worker: typeof Worker === 'function',
    },
  }
}

function isIos(facts: BrowserFacts): boolean {
  return (
    /\b(iPhone|iPad|iPod)\b/.test(facts.userAgent) ||
    (/\bMacintosh\b/.test(facts.userAgent) && facts.maxTouchPoints > 1)
  )
}

/** Safari before 16.4 has no WebContainer support at all. */
function isOldSafari(userAgent: string): boolean {
  if (!/Safari\//.test(userAgent) || /Chrome\/|Chromium\/|Edg\//.test(userAgent)) return false
  const match = /Version\/(\d+)\.(\d+)/.exec(userAgent)
  if (!match) return false
  const [major, minor] = [Number(match[1]), Number(match[2])]
  return major < 16 || (major === 16 && minor < 4)
}

/** Throws WorkspaceUnavailable naming the first thing missing; returns when all is there. */
export function assertCanBoot(facts: BrowserFacts): void {
  if (isIos(facts)) {
    throw new WorkspaceUnavailable('unsupported-browser', 'iOS and iPadOS are not supported')
  }
  if (isOldSafari(facts.userAgent)) {
    throw new WorkspaceUnavailable('unsupported-browser', 'Safari before 16.4 is not supported')
  }
  const missing = Object.entries(facts.has)
    .filter(([, present]) => !present)
    .map(([feature]) => feature)
    .filter((feature) => feature !== 'sharedArrayBuffer')
  if (missing.length) {
    throw new WorkspaceUnavailable('unsupported-browser', `missing ${missing.join(', ')}`)
  }
  if (!facts.crossOriginIsolated || !facts.has.sharedArrayBuffer) {
    throw new WorkspaceUnavailable('not-isolated')
  }
  if (!facts.onLine) throw new WorkspaceUnavailable('offline')
}
