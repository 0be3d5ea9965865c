import { randomFillSync } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BootProgress } from '../../engine'
import { fetchServedSnapshot } from './served-snapshot'

// Random bytes with zero runs, like a memory snapshot, big enough to arrive in many chunks.
const memory = Buffer.alloc(4096 * 733)
for (let offset = 0; offset < memory.length; offset += 4096) {
  if ((offset / 4096) % 2 === 0) randomFillSync(memory, offset, 4096)
}
const gzipped = gzipSync(memory)

let server: Server
let base: string

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/snapshot.bin.gz') {
      response.writeHead(200, { 'content-length': gzipped.length })
      response.end(gzipped)
    } else if (request.url === '/broken.bin.gz') {
      response.writeHead(500)
      response.end('oops')
    } else {
      response.writeHead(404)
      response.end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => server.close())

describe('fetchServedSnapshot', () => {
  it('decompresses the snapshot and reports its download within its share of the bar', async () => {
    const reports: BootProgress[] = []
    const download = await fetchServedSnapshot(
      `${base}/snapshot.bin.gz`,
      (p) => reports.push(p),
      0.8,
    )
    const bytes = Buffer.from(await download!.bytes)
    expect(bytes.equals(memory)).toBe(true)
    const fractions = reports.map((report) => report.fraction)
    expect(fractions.length).toBeGreaterThan(1)
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b))
    expect(fractions.at(-1)).toBeCloseTo(0.8)
    expect(reports.at(-1)?.message).toMatch(/^Downloading Python \([\d.]+ MB\)…$/)
  })

  it('answers null when the site serves no snapshot, so the worker boots normally', async () => {
    expect(await fetchServedSnapshot(`${base}/missing.bin.gz`, () => undefined, 0.8)).toBeNull()
  })

  it('fails on any other answer, for the worker to fall back on', async () => {
    await expect(
      fetchServedSnapshot(`${base}/broken.bin.gz`, () => undefined, 0.8),
    ).rejects.toThrow(/HTTP 500/)
  })
})
