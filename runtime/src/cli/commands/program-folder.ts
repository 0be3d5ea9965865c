/**
 * What `looplab run FILE` hands the engine: like `python FILE`, the program sees its own folder —
 * the .py files beside FILE — and FILE is the entry.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import type { ProgramFiles } from '../../types'
import { UsageError } from '../io'

/** More than a learner's program could need; keeps `run` on a big folder from stalling. */
const maxFolderBytes = 8 * 1024 * 1024

export type ProgramFolder = { files: ProgramFiles; entry: string; folder: string }

export function readProgramFolder(file: string): ProgramFolder {
  const path = resolve(file)
  let stats
  try {
    stats = statSync(path)
  } catch {
    throw new UsageError(`can't open file '${file}': no such file`)
  }
  if (!stats.isFile()) throw new UsageError(`'${file}' is not a file`)
  const folder = dirname(path)
  const entry = basename(path)
  const files: ProgramFiles = {}
  let total = 0
  const add = (name: string) => {
    const text = readFileSync(join(folder, name), 'utf8')
    total += Buffer.byteLength(text)
    if (total > maxFolderBytes) {
      throw new UsageError(`the .py files in ${folder} exceed ${maxFolderBytes / 1024 / 1024} MiB`)
    }
    files[name] = text
  }
  add(entry)
  for (const item of readdirSync(folder, { withFileTypes: true })) {
    if (item.isFile() && item.name.endsWith('.py') && item.name !== entry) add(item.name)
  }
  return { files, entry, folder }
}
