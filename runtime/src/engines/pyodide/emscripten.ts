/**
 * The few Emscripten and Pyodide internals the runtime touches (Pyodide 314's `py._module`), typed
 * once here so the rest of the runtime never reaches for `any`. Each is checked when first used:
 * a Pyodide upgrade that moves one fails loudly at boot instead of quietly weakening a sandbox.
 */
import type { PyodideAPI } from 'pyodide'

export type FsNode = { mode: number; name: string; parent: FsNode }
export type FsStream = object | null | undefined

export type EmscriptenFs = {
  streams: FsStream[]
  getPath(node: FsNode): string
  lookupPath(path: string, options?: { follow?: boolean }): { node: FsNode }
  readdir(path: string): string[]
  isDir(mode: number): boolean
  unlink(path: string): void
  rmdir(path: string): void
  close(stream: object): void
  nodePermissions(node: FsNode, perms: string): number
  chmod(path: string | FsNode, mode: number, dontFollow?: boolean): void
  lchmod(path: string | FsNode, mode: number): void
  fchmod(fd: number, mode: number): void
  chown(path: string | FsNode, uid: number, gid: number, dontFollow?: boolean): void
  lchown(path: string | FsNode, uid: number, gid: number): void
  fchown(fd: number, uid: number, gid: number): void
  utime(path: string | FsNode, atime: number, mtime: number): void
  ErrnoError: new (errno: number) => Error
}

export type EmscriptenModule = {
  HEAPU8: Uint8Array
  FS: EmscriptenFs
  /** Pyodide's table of JavaScript objects Python holds (its "hiwire" references). */
  __hiwire_get(index: number): unknown
  __hiwire_set(index: number, value: unknown): number
}

/** The Emscripten module behind a booted Pyodide, with the members the runtime relies on. */
export function emscriptenModule(py: PyodideAPI): EmscriptenModule {
  const emscripten = (py as unknown as { _module?: Partial<EmscriptenModule> })._module
  const missing = [
    emscripten?.HEAPU8 instanceof Uint8Array ? null : 'HEAPU8',
    typeof emscripten?.FS?.nodePermissions === 'function' ? null : 'FS.nodePermissions',
    typeof emscripten?.__hiwire_get === 'function' ? null : '__hiwire_get',
    typeof emscripten?.__hiwire_set === 'function' ? null : '__hiwire_set',
  ].filter(Boolean)
  if (!emscripten || missing.length) {
    throw new Error(`this Pyodide lacks what the sandbox relies on: ${missing.join(', ')}`)
  }
  return emscripten as EmscriptenModule
}
