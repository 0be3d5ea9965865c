/**
 * A fresh interpreter for every job, for the price of a memory copy (SECURITY.md, layer 1).
 *
 * Everything Python is lives in WebAssembly linear memory. Once a Pyodide has booted, warmed up and
 * been sealed, this keeps a copy of that memory (the "image"), and after every job writes it back:
 * modules a program patched, audit hooks or gc callbacks it added, objects it left behind, its
 * frozen garbage — all gone, byte for byte. The few pieces of state outside linear memory are put
 * back too: Pyodide's table of JavaScript handles, Emscripten's open file descriptors, every file
 * and folder a job made in its in-memory file system, and JavaScript timers a job started. Writes
 * into the standard library and the harness are refused at the file-system level.
 *
 * Measured (Node 20, 2 cores): ~3 ms per reset for a 31 MB image, against ~300 ms of CPU for a
 * Pyodide restored from a snapshot in a new process.
 */
import type { EmscriptenFs, EmscriptenModule, FsNode } from './emscripten'
import { clearPendingTimers } from './realm'

/** What no program may write: Python's standard library and the harness (/lib), and the
 *  kernel-like trees. Anywhere else is the program's: its folder may sit at any path (the one it
 *  has on the learner's machine), and whatever it writes is gone before the next job. */
export const protectedDirs = ['/lib', '/proc', '/dev'] as const
/** Devices a program writes to as it would anywhere. */
const writableDevices = new Set(['/dev/null', '/dev/stdout', '/dev/stderr', '/dev/tty'])

/** EACCES in Emscripten's errno numbering. */
const eacces = 2

export type FreshInterpreter = {
  /** Puts the interpreter back exactly as it was when kept. Throws if it cannot. */
  reset(): void
  /** Size of the memory image, in bytes. */
  readonly imageBytes: number
}

export function keepFresh(emscripten: EmscriptenModule): FreshInterpreter {
  guardWrites(emscripten.FS)
  const image = emscripten.HEAPU8.slice()
  const handles = readHandles(emscripten)
  const streams = emscripten.FS.streams.slice()
  const folders = tree(emscripten.FS)
  return {
    imageBytes: image.length,
    reset() {
      clearPendingTimers()
      const heap = emscripten.HEAPU8 // a job that grew memory replaced the view: read it again
      heap.set(image)
      if (heap.length > image.length) heap.fill(0, image.length)
      restoreHandles(emscripten, handles)
      restoreStreams(emscripten.FS, streams)
      removeAllBut(emscripten.FS, folders)
    },
  }
}

function readHandles(emscripten: EmscriptenModule): unknown[] {
  const handles: unknown[] = []
  for (let index = 0; ; index++) {
    try {
      handles.push(emscripten.__hiwire_get(index))
    } catch {
      return handles
    }
  }
}

function restoreHandles(emscripten: EmscriptenModule, handles: unknown[]): void {
  handles.forEach((value, index) => {
    if (emscripten.__hiwire_set(index, value) < 0) throw new Error(`cannot restore handle ${index}`)
  })
  // Handles a job added: the restored memory no longer knows them; let their objects go.
  for (let index = handles.length; ; index++) {
    try {
      emscripten.__hiwire_get(index)
    } catch {
      return
    }
    emscripten.__hiwire_set(index, null)
  }
}

function restoreStreams(fs: EmscriptenFs, kept: EmscriptenFs['streams']): void {
  fs.streams.forEach((stream, fd) => {
    if (stream && kept[fd] !== stream) {
      try {
        fs.close(stream)
      } catch {
        // already closed underneath
      }
    }
  })
  fs.streams.length = 0
  kept.forEach((stream, fd) => {
    fs.streams[fd] = stream
  })
}

function entries(fs: EmscriptenFs, dir: string): string[] {
  return fs.readdir(dir).filter((name) => name !== '.' && name !== '..')
}

function isProtected(path: string): boolean {
  return protectedDirs.some((dir) => path === dir || path.startsWith(`${dir}/`))
}

/** Every folder a program may write in, as kept: they must hold no file then (they do not). */
function tree(fs: EmscriptenFs, dir = '/', found = new Set<string>()): Set<string> {
  found.add(dir)
  for (const name of entries(fs, dir)) {
    const path = dir === '/' ? `/${name}` : `${dir}/${name}`
    if (isProtected(path)) continue
    const { node } = fs.lookupPath(path, { follow: false })
    if (!fs.isDir(node.mode)) throw new Error(`${path} exists when the interpreter is kept fresh`)
    tree(fs, path, found)
  }
  return found
}

/** Removes whatever a job made outside the protected folders (they refuse writes). */
function removeAllBut(fs: EmscriptenFs, kept: Set<string>, dir = '/'): void {
  for (const name of entries(fs, dir)) {
    const path = dir === '/' ? `/${name}` : `${dir}/${name}`
    if (isProtected(path)) continue
    const { node } = fs.lookupPath(path, { follow: false })
    if (fs.isDir(node.mode)) {
      removeAllBut(fs, kept, path)
      if (!kept.has(path)) fs.rmdir(path)
    } else {
      fs.unlink(path)
    }
  }
}

function writable(path: string): boolean {
  return !isProtected(path) || writableDevices.has(path)
}

/**
 * Emscripten checks every write (open for writing, create, delete, rename, truncate) with
 * FS.nodePermissions; mode bits alone would not do, since a program may chmod them back. Writes
 * into the protected folders are refused by path; chmod/chown/utime (which check nothing) too.
 */
function guardWrites(fs: EmscriptenFs): void {
  const permissions = fs.nodePermissions.bind(fs)
  fs.nodePermissions = (node: FsNode, perms: string) => {
    if (perms.includes('w') && !writable(fs.getPath(node))) return eacces
    return permissions(node, perms)
  }
  const refuseOutside = <A extends unknown[]>(
    original: (target: string | FsNode, ...rest: A) => void,
  ) => {
    const bound = original.bind(fs)
    return (target: string | FsNode, ...rest: A) => {
      const path = typeof target === 'string' ? target : fs.getPath(target)
      if (!writable(resolve(fs, path))) throw new fs.ErrnoError(eacces)
      bound(target, ...rest)
    }
  }
  fs.chmod = refuseOutside(fs.chmod)
  fs.lchmod = refuseOutside(fs.lchmod)
  fs.chown = refuseOutside(fs.chown)
  fs.lchown = refuseOutside(fs.lchown)
  fs.utime = refuseOutside(fs.utime)
}

/** An absolute path as Emscripten sees it (relative paths are from the cwd). */
function resolve(fs: EmscriptenFs, path: string): string {
  try {
    return fs.getPath(fs.lookupPath(path, { follow: true }).node)
  } catch {
    return path // does not exist: judged by the name given
  }
}
