/**
 * Fetches the memory snapshot the site serves (see servedSnapshotFile), reporting its download.
 * Resolves to null when the site has none (a 404: the build did not make one), so the worker boots
 * normally; anything else that goes wrong is an error for the caller to fall back on.
 */
import type { BootProgress } from '../../engine'

export type SnapshotDownload = {
  /** The snapshot's bytes, decompressed, once they have all arrived. */
  bytes: Promise<ArrayBuffer>
}

export async function fetchServedSnapshot(
  url: string,
  report: (progress: BootProgress) => void,
  share: number,
): Promise<SnapshotDownload | null> {
  const response = await fetch(url)
  if (response.status === 404) return null
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`)
  const total = Number(response.headers.get('content-length')) || 0
  let loaded = 0
  let reported = 0
  const counting = new TransformStream<Uint8Array<ArrayBuffer>, BufferSource>({
    transform(chunk, controller) {
      loaded += chunk.byteLength
      const fraction = total > 0 ? Math.min(1, loaded / total) : 0
      if (fraction - reported >= 0.02 || fraction === 1) {
        reported = fraction
        const megabytes = (loaded / 1024 / 1024).toFixed(1)
        report({
          phase: 'download',
          fraction: fraction * share,
          message: `Downloading Python (${megabytes} MB)…`,
        })
      }
      controller.enqueue(chunk)
    },
  })
  const plain = response.body.pipeThrough(counting).pipeThrough(new DecompressionStream('gzip'))
  return { bytes: new Response(plain).arrayBuffer() }
}
