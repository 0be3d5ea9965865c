/**
 * Whether stackblitz.com answers this page, asked once before a boot. WebContainer.boot() adds a
 * hidden iframe from there and waits for its message without a timeout, so an unreachable host
 * would only show as a boot that never ends; one small request tells the two apart in a moment.
 * The request is `no-cors` to the page the iframe loads (/headless), which StackBlitz serves to
 * cross-origin-isolated pages (Cross-Origin-Resource-Policy: cross-origin); the learner can
 * still choose to boot anyway if it fails (the fallback offers it).
 */
export const stackBlitzOrigin = 'https://stackblitz.com'
export const reachTimeoutMs = 8_000

export async function reachStackBlitz(): Promise<void> {
  const url = new URL('/headless', stackBlitzOrigin)
  await fetch(url, {
    mode: 'no-cors',
    credentials: 'omit',
    cache: 'no-store',
    signal: AbortSignal.timeout(reachTimeoutMs),
  })
}
