/**
 * Downloads what a workspace mounts from our own origin: the manifest pack-for-site.mjs wrote,
 * the runtime and zod as `npm pack` tarballs under /workspace/, and Pyodide's files from
 * /pyodide/<version>/ — the very files the page's own runtime boots from. Nothing comes from a
 * registry or a CDN. `fetchFile` is `fetch` in a page; the contract test reads the built files.
 */
import { WorkspaceManifestSchema, workspaceSitePath, type WorkspaceManifest } from './site-manifest'
import { readPackedTarball, type PackedFiles } from './tarball'

export type FetchFile = (path: string) => Promise<Uint8Array>

export type SiteFiles = {
  manifest: WorkspaceManifest
  packages: Map<string, PackedFiles>
  pyodide: { packageJson: string; files: Map<string, Uint8Array> }
}

/** `fetch` for same-origin paths: a non-2xx answer is an error naming the path. */
export function fetchFromOrigin(origin: string): FetchFile {
  return async (path) => {
    const response = await fetch(new URL(path, origin))
    if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status}`)
    return new Uint8Array(await response.arrayBuffer())
  }
}

export async function loadSiteFiles(fetchFile: FetchFile): Promise<SiteFiles> {
  const manifestBytes = await fetchFile(`${workspaceSitePath}/manifest.json`)
  const manifest = WorkspaceManifestSchema.parse(
    JSON.parse(new TextDecoder().decode(manifestBytes)),
  )
  const tarballs = [manifest.runtime, ...manifest.dependencies]
  const pyodideBase = `/pyodide/${manifest.pyodide.version}`
  const [packed, pyodideFiles] = await Promise.all([
    Promise.all(
      tarballs.map(async (tarball) => {
        const bytes = await fetchFile(`${workspaceSitePath}/${tarball.file}`)
        if (bytes.length !== tarball.bytes) {
          throw new Error(
            `${tarball.file}: ${bytes.length} bytes, the manifest says ${tarball.bytes}`,
          )
        }
        return [tarball.name, await readPackedTarball(bytes)] as const
      }),
    ),
    Promise.all(
      manifest.pyodide.files.map(
        async (name) => [name, await fetchFile(`${pyodideBase}/${name}`)] as const,
      ),
    ),
  ])
  return {
    manifest,
    packages: new Map(packed),
    pyodide: { packageJson: manifest.pyodide.packageJson, files: new Map(pyodideFiles) },
  }
}
