/** @type {import('next').NextConfig} */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const pyodideVersion = JSON.parse(
  readFileSync(require.resolve('pyodide/package.json'), 'utf8'),
).version

// Cross-origin isolation on every route: the runtime's interrupt buffer (SharedArrayBuffer) and
// WebContainers need it. Everything we load is same-origin, so nothing breaks under it.
const isolationHeaders = [
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Embedder-Policy', value: 'require-corp' },
]

// The Python worker runs strangers' code (shared links): it may load Pyodide's files and nothing
// else — no requests to the site's API, no other origin, no nested workers, no eval (SECURITY.md,
// layer 5). Two policies, both enforced: the first pins everything to this origin, the second to
// Pyodide's versioned folder (a CSP path needs a host and a port: "*:*" here, "self" in the first).
const workerPolicies = [
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; worker-src 'none'",
  `script-src *:*/pyodide/${pyodideVersion}/ *:*/runtime/worker.mjs 'wasm-unsafe-eval'; connect-src *:*/pyodide/${pyodideVersion}/`,
]

const nextConfig = {
  reactStrictMode: true,
  // `npm run check` type-checks the whole repo (and runs first in `npm test` and CI); the build
  // does not repeat it, which saves ~7 s on 2 cores.
  typescript: { ignoreBuildErrors: true },
  // mdx-bundler shells out to esbuild at build time, and the runtime finds its workers and Python
  // harness beside its own files: the server loads them from node_modules, unbundled.
  serverExternalPackages: ['mdx-bundler', 'esbuild', 'pyodide', '@looplab/runtime'],
  async headers() {
    return [
      { source: '/:path*', headers: isolationHeaders },
      {
        source: '/runtime/worker.mjs',
        headers: [{ key: 'Content-Security-Policy', value: workerPolicies.join(', ') }],
      },
      {
        // Pyodide assets live under a versioned folder, so they can be cached for ever.
        source: '/pyodide/:version/:file*',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
      },
    ]
  },
}

export default nextConfig
