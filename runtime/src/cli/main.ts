/** Entry of the `looplab` CLI bundle (runtime/.build/cli.mjs, started by runtime/bin/looplab.mjs). */
import { discardPrestartedRunner } from '../sandbox/prestart'
import { main } from './cli'
import type { CliIo } from './io'

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return ''
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

const io: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  readStdin,
  isTTY: process.stderr.isTTY === true,
  onInterrupt(handler) {
    process.on('SIGINT', handler)
    return () => void process.off('SIGINT', handler)
  },
}

try {
  process.exitCode = await main(process.argv.slice(2), io)
} finally {
  // A runner started for a command that ended before it needed one would keep the CLI alive.
  discardPrestartedRunner()
}
