// `npm run check` → python-lint: Ruff (its WebAssembly build, from npm) over the harness and its
// tests, with the rules in ruff.json. RUF100 makes every `# noqa` meaningful: one that suppresses
// nothing is itself a finding. Exit 1 on any finding. (The hostile corpus, the attack submissions in
// tests/attacks, the test programs and the course's own programs are not held to it: they are
// written the way learners write.)
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { PositionEncoding, Workspace } from '@astral-sh/ruff-wasm-nodejs'

const roots = ['runtime/python']
// Learners' submissions, kept as they were written (pyrightconfig.json excludes the same folder).
const skipped = new Set(['runtime/python/tests/attacks'])
const settings = JSON.parse(readFileSync('ruff.json', 'utf8'))
const workspace = new Workspace(settings, PositionEncoding.Utf16)

function pythonFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      return entry.name === '__pycache__' || skipped.has(path) ? [] : pythonFiles(path)
    }
    return entry.name.endsWith('.py') ? [path] : []
  })
}

let findings = 0
const files = roots.flatMap(pythonFiles)
for (const file of files) {
  for (const found of workspace.check(readFileSync(file, 'utf8'))) {
    findings++
    const { row, column } = found.start_location
    console.log(
      `${relative('.', file)}:${row}:${column}: ${found.code ?? 'syntax'} ${found.message}`,
    )
  }
}
console.log(`python-lint: ${files.length} files, ${findings} finding${findings === 1 ? '' : 's'}`)
process.exit(findings ? 1 : 0)
