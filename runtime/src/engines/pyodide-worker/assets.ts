/**
 * Fetches Pyodide's two big files first, byte by byte, so the boot progress bar moves with the
 * download. They carry immutable cache headers, so Pyodide's own fetches hit the HTTP cache.
 */
import type { BootProgress } from '../../engine'

const bigAssets = ['pyodide.asm.wasm', 'python_stdlib.zip']

export async function prefetchAssets(
  indexURL: string,
  report: (progress: BootProgress) => void,
  share: number,
): Promise<void> {
  const responses = await Promise.all(bigAssets.map((name) => fetch(`${indexURL}${name}`)))
  const sizes = responses.map((response) => Number(response.headers.get('content-length')) || 0)
  const total = sizes.reduce((sum, size) => sum + size, 0)
  let loaded = 0
  let lastReported = 0
  const progress = () => {
    // Compressed responses report their compressed length: never let the bar run past its share.
    const fraction = total > 0 ? Math.min(1, loaded / total) : 0
    if (fraction - lastReported < 0.02 && fraction < 1) return
    lastReported = fraction
    const megabytes = (loaded / 1024 / 1024).toFixed(1)
    report({
      phase: 'download',
      fraction: fraction * share,
      message: `Downloading Python (${megabytes} MB)…`,
    })
  }
  await Promise.all(
    responses.map(async (response, index) => {
      if (!response.ok) throw new Error(`${bigAssets[index]}: HTTP ${response.status}`)
      const reader = response.body?.getReader()
      if (!reader) return
      for (;;) {
        const { done, value } = await reader.read()
        if (done) return
        loaded += value.byteLength
        progress()
      }
    }),
  )
}
