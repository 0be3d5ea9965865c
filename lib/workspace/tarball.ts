/**
 * Reads an `npm pack` tarball (gzip + ustar, PAX records for long names) into its files, so the
 * workspace mounts the runtime exactly as `npm pack` built it — installed with no registry. Only
 * regular files matter to a package; directories are implied by the paths.
 */
const block = 512

export type PackedFiles = Map<string, Uint8Array>

async function gunzip(gzipped: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([gzipped as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

function text(bytes: Uint8Array, start: number, length: number): string {
  const field = bytes.subarray(start, start + length)
  const end = field.indexOf(0)
  return new TextDecoder().decode(end === -1 ? field : field.subarray(0, end))
}

function octal(bytes: Uint8Array, start: number, length: number): number {
  const value = text(bytes, start, length).trim()
  return value ? parseInt(value, 8) : 0
}

/** A PAX extended header's `path` record, if it has one ("<len> path=<value>\n" lines). */
function paxPath(record: Uint8Array): string | null {
  for (const line of new TextDecoder().decode(record).split('\n')) {
    const match = /^\d+ path=(.*)$/.exec(line)
    if (match) return match[1]!
  }
  return null
}

/** Every regular file of the tarball, by its path inside the package (npm's `package/` cut). */
export async function readPackedTarball(gzipped: Uint8Array): Promise<PackedFiles> {
  const tar = await gunzip(gzipped)
  const files: PackedFiles = new Map()
  let offset = 0
  let longName: string | null = null
  while (offset + block <= tar.length) {
    const header = tar.subarray(offset, offset + block)
    if (header.every((byte) => byte === 0)) break
    const size = octal(header, 124, 12)
    const type = String.fromCharCode(header[156] || 48)
    const body = tar.subarray(offset + block, offset + block + size)
    offset += block + Math.ceil(size / block) * block
    if (type === 'x') {
      longName = paxPath(body)
      continue
    }
    const prefix = text(header, 345, 155)
    const name = longName ?? (prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100))
    longName = null
    if (type !== '0' && type !== '\0') continue
    const inPackage = name.replace(/^[^/]+\//, '')
    if (inPackage.split('/').some((part) => part === '..' || part === '')) {
      throw new Error(`the tarball holds a file outside its package: ${name}`)
    }
    files.set(inPackage, body.slice())
  }
  if (files.size === 0) throw new Error('the tarball holds no files')
  return files
}
