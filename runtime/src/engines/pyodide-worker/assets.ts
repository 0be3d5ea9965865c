/**
 * Downloads Pyodide's two big files ourselves, byte by byte, so the boot progress bar moves with
 * the download — then hands the bytes to Pyodide through this worker's own `fetch`, so nothing is
 * downloaded twice (an HTTP cache may not keep a 10 MB file: private windows, small caches).
 */
import type { BootProgress } from '../../engine'

const bigAssets = [
  { name: 'pyodide.asm.wasm', type: 'application/wasm' },
  { name: 'python_stdlib.zip', type: 'application/zip' },
]

type Downloaded = Map<string, Blob>

async function download(
  indexURL: string,
  report: (progress: BootProgress) => void,
  share: number,
): Promise<Downloaded> {
  const responses = await Promise.all(bigAssets.map(({ name }) => fetch(`${indexURL}${name}`)))
  const total = responses.reduce(
    (sum, r) => sum + (Number(r.headers.get('content-length')) || 0),
    0,
  )
  let loaded = 0
  let reported = 0
  const progress = () => {
    // A compressed response reports its compressed length: never run past this phase's share.
    const fraction = total > 0 ? Math.min(1, loaded / total) : 0
    if (fraction - reported < 0.02 && fraction < 1) return
    reported = fraction
    const megabytes = (loaded / 1024 / 1024).toFixed(1)
    const message = `Downloading Python (${megabytes} MB)…`
    report({ phase: 'download', fraction: fraction * share, message })
  }
  const blobs = await Promise.all(
    responses.map(async (response, index) => {
      const asset = bigAssets[index] ?? { name: '?', type: '' }
      if (!response.ok || !response.body) throw new Error(`${asset.name}: HTTP ${response.status}`)
      const chunks: Uint8Array<ArrayBuffer>[] = []
      const reader = response.body.getReader()
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        chunks.push(value)
        loaded += value.byteLength
        progress()
      }
      return new Blob(chunks, { type: asset.type })
    }),
  )
  return new Map(bigAssets.map(({ name }, index) => [`${indexURL}${name}`, blobs[index] as Blob]))
}

/** Serves each downloaded file once to the next fetch of its URL; returns the undo. */
function serveFromMemory(files: Downloaded): () => void {
  const original = globalThis.fetch
  globalThis.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input)
    const blob = files.get(url)
    if (!blob) return original(input, init)
    files.delete(url)
    return Promise.resolve(new Response(blob, { headers: { 'content-type': blob.type } }))
  }
  return () => {
    globalThis.fetch = original
  }
}

/**
 * Runs `boot` with the big files already downloaded (with progress). If our own download fails,
 * Pyodide simply fetches them itself: the progress bar is a nicety, never a new way to fail.
 */
export async function withPrefetchedAssets<T>(
  indexURL: string,
  report: (progress: BootProgress) => void,
  share: number,
  boot: () => Promise<T>,
): Promise<T> {
  let files: Downloaded
  try {
    files = await download(indexURL, report, share)
  } catch {
    return boot()
  }
  const restore = serveFromMemory(files)
  try {
    return await boot()
  } finally {
    restore()
  }
}
