/** base64url (RFC 4648 §5, no padding) for bytes: URL-fragment safe, no Buffer needed. */

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const lookup = new Map([...alphabet].map((char, index) => [char, index]))

export function toBase64Url(bytes: Uint8Array): string {
  let text = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]]
    const chunk = (a << 16) | (b << 8) | c
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2
    for (let j = 0; j < chars; j++) text += alphabet[(chunk >> (18 - 6 * j)) & 63]
  }
  return text
}

/** Throws on characters outside the alphabet or an impossible length. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (text.length % 4 === 1) throw new Error('impossible base64url length')
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4))
  let byte = 0
  for (let i = 0; i < text.length; i += 4) {
    let chunk = 0
    const group = text.slice(i, i + 4)
    for (let j = 0; j < 4; j++) {
      const char = group[j]
      const value = char === undefined ? 0 : lookup.get(char)
      if (value === undefined) throw new Error(`not base64url: ${JSON.stringify(char)}`)
      chunk = (chunk << 6) | value
    }
    for (let j = 0; j < group.length - 1; j++) bytes[byte++] = (chunk >> (16 - 8 * j)) & 255
  }
  return bytes
}
