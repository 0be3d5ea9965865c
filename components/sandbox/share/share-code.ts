/**
 * Playground code in a URL: `/playground#code=<v><data>`, where v says how data is packed —
 * "z": deflate-raw (CompressionStream) then base64url; "p": plain UTF-8 base64url, for browsers
 * without CompressionStream. It lives in the fragment, so shared code never reaches a server.
 * Reading a link never runs anything: it only gives back the text, or a clear error.
 */
import { fromBase64Url, toBase64Url } from './base64url'

export const shareParameter = 'code'
/** Far more than any lesson program; stops a crafted link from inflating into megabytes. */
export const maxSharedBytes = 200_000

export class ShareLinkError extends Error {
  override name = 'ShareLinkError'
}

async function throughStream(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
  limit = Infinity,
): Promise<Uint8Array<ArrayBuffer>> {
  const reader = new Blob([bytes]).stream().pipeThrough(stream).getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      throw new ShareLinkError('The code in this link is too large to open.')
    }
    chunks.push(value)
  }
  const joined = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    joined.set(chunk, offset)
    offset += chunk.byteLength
  }
  return joined
}

const canCompress = () => typeof CompressionStream === 'function'

/** The fragment value (without `code=`) for `code`. */
export async function encodeShare(code: string): Promise<string> {
  const bytes = new TextEncoder().encode(code)
  if (!canCompress()) return `p${toBase64Url(bytes)}`
  const packed = await throughStream(bytes, new CompressionStream('deflate-raw'))
  return `z${toBase64Url(packed)}`
}

/** The code in a fragment value; throws ShareLinkError with words for a learner. */
export async function decodeShare(value: string): Promise<string> {
  const version = value.charAt(0)
  let bytes: Uint8Array<ArrayBuffer>
  try {
    bytes = fromBase64Url(value.slice(1))
  } catch {
    throw new ShareLinkError('This link’s code is damaged (it may have been cut off when copied).')
  }
  let text: Uint8Array<ArrayBuffer>
  if (version === 'p') {
    text = bytes
  } else if (version === 'z') {
    if (typeof DecompressionStream !== 'function') {
      throw new ShareLinkError('This browser cannot unpack shared code: try a current browser.')
    }
    try {
      text = await throughStream(bytes, new DecompressionStream('deflate-raw'), maxSharedBytes)
    } catch (error) {
      if (error instanceof ShareLinkError) throw error
      throw new ShareLinkError(
        'This link’s code is damaged (it may have been cut off when copied).',
      )
    }
  } else {
    throw new ShareLinkError('This link was not made by the LoopLab playground.')
  }
  if (text.byteLength > maxSharedBytes) {
    throw new ShareLinkError('The code in this link is too large to open.')
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(text)
  } catch {
    throw new ShareLinkError('This link’s code is damaged (it is not valid text).')
  }
}

/** The code parameter of a location hash ("#code=…"), or null when there is none. */
export function sharedValue(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  const value = params.get(shareParameter)
  return value === null || value === '' ? null : value
}

/** `#code=…` for a location hash. */
export async function shareHash(code: string): Promise<string> {
  return `#${shareParameter}=${await encodeShare(code)}`
}
