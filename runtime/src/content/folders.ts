/**
 * Course order comes from folder names, never from a hand-kept list: `NN-slug`, sorted by NN.
 * Names starting with "." or "_" are ignored (editor files, shared assets), and so is content/sources/
 * (the tutorial outline `looplab coverage` reads); any other folder that
 * does not follow the pattern is an error, so a lesson can never silently vanish from the course.
 */
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import type { ContentIssue } from './content-error'

export type OrderedFolder = { name: string; slug: string; order: number; dir: string }

const folderPattern = /^(\d{2,3})-([a-z0-9]+(?:-[a-z0-9]+)*)$/

export async function orderedFolders(
  parent: string,
  kind: 'chapter' | 'lesson',
): Promise<{ folders: OrderedFolder[]; issues: ContentIssue[] }> {
  const entries = await readdir(parent, { withFileTypes: true })
  const issues: ContentIssue[] = []
  const folders: OrderedFolder[] = []
  for (const entry of entries) {
    if (!entry.isDirectory() || /^[._]/.test(entry.name)) continue
    if (kind === 'chapter' && entry.name === 'sources') continue // tutorial outline data (coverage)
    const dir = path.join(parent, entry.name)
    const match = folderPattern.exec(entry.name)
    if (!match) {
      issues.push({
        file: dir,
        message: `a ${kind} folder must be named NN-slug (two digits, then kebab-case), e.g. 01-why-async`,
      })
      continue
    }
    folders.push({ name: entry.name, order: Number(match[1]), slug: match[2] ?? '', dir })
  }
  folders.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
  for (let i = 1; i < folders.length; i++) {
    const [before, folder] = [folders[i - 1], folders[i]]
    if (!before || !folder) continue
    if (before.order === folder.order) {
      issues.push({
        file: folder.dir,
        message: `same number as ${before.name}: order must be unambiguous`,
      })
    }
  }
  const bySlug = new Map<string, OrderedFolder>()
  for (const folder of folders) {
    const other = bySlug.get(folder.slug)
    if (other)
      issues.push({ file: folder.dir, message: `same slug as ${other.name}: URLs would collide` })
    bySlug.set(folder.slug, folder)
  }
  return { folders, issues }
}
