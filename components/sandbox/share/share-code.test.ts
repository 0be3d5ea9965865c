import { describe, expect, it, vi } from 'vitest'
import { fromBase64Url, toBase64Url } from './base64url'
import { decodeShare, encodeShare, maxSharedBytes, shareHash, sharedValue } from './share-code'

const program = `import asyncio

async def main():
    print("héllo, 世界 🐍")  # non-ASCII survives
    await asyncio.sleep(1)

asyncio.run(main())
`

describe('base64url', () => {
  it.each([0, 1, 2, 3, 4, 5, 255])('round-trips %s bytes', (length) => {
    const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + 13) % 256)
    const text = toBase64Url(bytes)
    expect(text).toMatch(/^[A-Za-z0-9_-]*$/)
    expect(Array.from(fromBase64Url(text))).toEqual(Array.from(bytes))
  })
  it('matches the RFC alphabet', () => {
    expect(toBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8')
  })
  it('rejects foreign characters', () => {
    expect(() => fromBase64Url('ab+c')).toThrow()
  })
})

describe('share links', () => {
  it('round-trip code exactly, compressed', async () => {
    const value = await encodeShare(program)
    expect(value.startsWith('z')).toBe(true)
    expect(await decodeShare(value)).toBe(program)
  })

  it('are shorter than the code for a typical program', async () => {
    const long = program.repeat(8)
    expect((await encodeShare(long)).length).toBeLessThan(long.length)
  })

  it('fall back to plain base64url without CompressionStream, and still open', async () => {
    vi.stubGlobal('CompressionStream', undefined)
    try {
      const value = await encodeShare(program)
      expect(value.startsWith('p')).toBe(true)
      expect(await decodeShare(value)).toBe(program)
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('round-trip through a location hash', async () => {
    const hash = await shareHash(program)
    expect(hash).toMatch(/^#code=z/)
    expect(await decodeShare(sharedValue(hash)!)).toBe(program)
  })

  it('find no code in an empty or unrelated hash', () => {
    expect(sharedValue('')).toBeNull()
    expect(sharedValue('#code=')).toBeNull()
    expect(sharedValue('#section-2')).toBeNull()
  })

  it('explain a truncated link instead of throwing raw errors', async () => {
    const value = await encodeShare(program.repeat(4))
    await expect(decodeShare(value.slice(0, value.length / 2))).rejects.toThrow(/damaged/)
  })

  it('explain garbage and foreign links', async () => {
    await expect(decodeShare('z!!!!')).rejects.toThrow(/damaged/)
    await expect(decodeShare('qabc')).rejects.toThrow(/not made by the LoopLab playground/)
  })

  it('refuse a link that would inflate beyond the size limit', async () => {
    const bomb = await encodeShare('a'.repeat(maxSharedBytes * 3))
    await expect(decodeShare(bomb)).rejects.toThrow(/too large/)
  })

  it('refuse bytes that are not UTF-8', async () => {
    await expect(decodeShare(`p${toBase64Url(new Uint8Array([0xff, 0xfe]))}`)).rejects.toThrow(
      /not valid text/,
    )
  })
})
