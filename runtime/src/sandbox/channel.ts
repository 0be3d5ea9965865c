/**
 * Messages over a byte stream, one JSON document per line, with a hard cap on a line's length:
 * what arrives from a sandboxed process is the attacker's, so the reader never buffers more than
 * the cap (a longer line is a protocol violation, reported once, and the rest is ignored).
 */
import type { Readable, Writable } from 'node:stream'

export type LineReader = {
  /** Stops reading (the stream is left to its owner). */
  close(): void
}

export function readLines(
  stream: Readable,
  maxBytes: number,
  onMessage: (value: unknown) => void,
  onViolation: (reason: string) => void,
): LineReader {
  let pending: Buffer[] = []
  let pendingBytes = 0
  let broken = false
  const fail = (reason: string) => {
    if (broken) return
    broken = true
    pending = []
    onViolation(reason)
  }
  const onData = (chunk: Buffer) => {
    if (broken) return
    let start = 0
    for (let newline = chunk.indexOf(10); newline !== -1; newline = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, newline)
      start = newline + 1
      if (pendingBytes + piece.length > maxBytes) return fail(`a message over ${maxBytes} bytes`)
      const line = Buffer.concat([...pending, piece]).toString('utf8')
      pending = []
      pendingBytes = 0
      let value: unknown
      try {
        value = JSON.parse(line)
      } catch {
        return fail('a message that is not JSON')
      }
      onMessage(value)
      if (broken) return
    }
    const rest = chunk.subarray(start)
    if (pendingBytes + rest.length > maxBytes) return fail(`a message over ${maxBytes} bytes`)
    if (rest.length) {
      pending.push(Buffer.from(rest))
      pendingBytes += rest.length
    }
  }
  stream.on('data', onData)
  return { close: () => stream.off('data', onData) }
}

export function writeLine(stream: Writable, value: unknown): void {
  stream.write(`${JSON.stringify(value)}\n`)
}
