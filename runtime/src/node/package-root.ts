/**
 * Where the @looplab/runtime package lives on disk: the CPython engine needs its harness files and
 * the pyodide-node engine its built worker. Found from this module's own location (source, CLI
 * bundle) or, when a framework bundled the runtime elsewhere, from the working directory.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const packageName = '@looplab/runtime'

function isRuntimePackage(dir: string): boolean {
  const manifest = join(dir, 'package.json')
  if (!existsSync(manifest)) return false
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === packageName
  } catch {
    return false
  }
}

function searchUpwards(start: string): string | null {
  for (let dir = start; ; dir = dirname(dir)) {
    if (isRuntimePackage(dir)) return dir
    if (dirname(dir) === dir) return null
  }
}

let cached: string | null = null

export function runtimePackageRoot(): string {
  if (cached) return cached
  const here = import.meta.url.startsWith('file:') ? dirname(fileURLToPath(import.meta.url)) : null
  const found =
    (here && searchUpwards(here)) ??
    [join(process.cwd(), 'runtime'), process.cwd()].find(isRuntimePackage) ??
    null
  if (!found) {
    throw new Error(`cannot find the ${packageName} folder (looked near ${here ?? process.cwd()})`)
  }
  cached = found
  return found
}
