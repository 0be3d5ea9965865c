import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readPackedTarball } from './tarball'

const folder = mkdtempSync(path.join(tmpdir(), 'looplab-tarball-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** A tarball as npm lays it out (everything under package/), made by the system's tar. */
function pack(files: Record<string, string | Uint8Array>, format: 'pax' | 'ustar'): Uint8Array {
  const root = path.join(folder, format)
  for (const [name, contents] of Object.entries(files)) {
    const file = path.join(root, 'package', name)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, contents)
  }
  const out = path.join(folder, `${format}.tgz`)
  execFileSync('tar', [`--format=${format}`, '-czf', out, '-C', root, 'package'])
  return new Uint8Array(readFileSync(out))
}

describe('reading an npm pack tarball', () => {
  it('gives every regular file by its path in the package, long names and bytes intact', async () => {
    // A name part over 100 characters cannot be split into ustar's prefix: only PAX can hold it.
    const long = `dist/${'a'.repeat(120)}.js`
    const binary = Uint8Array.from({ length: 1500 }, (_, i) => (i * 7) % 256)
    const files = await readPackedTarball(
      pack({ 'package.json': '{"name":"x"}', [long]: 'export {}', 'bin/data.wasm': binary }, 'pax'),
    )
    expect([...files.keys()].sort()).toEqual(['bin/data.wasm', long, 'package.json'].sort())
    expect(new TextDecoder().decode(files.get(long))).toBe('export {}')
    expect(files.get('bin/data.wasm')).toEqual(binary)
  })

  it('reads ustar names split into prefix and name', async () => {
    const long = `${'nested-folder/'.repeat(8)}module.py`
    const files = await readPackedTarball(pack({ [long]: 'X = 1\n' }, 'ustar'))
    expect(new TextDecoder().decode(files.get(long))).toBe('X = 1\n')
  })

  it('refuses what is not a gzipped tarball', async () => {
    await expect(readPackedTarball(new TextEncoder().encode('not a tarball'))).rejects.toThrow()
  })
})
