// `npm ci` refuses a lockfile that lacks any optional platform binary ("Missing: X from lock
// file"). Installing on one OS can silently drop other OSes' binaries, so check every one is there.
import { readFileSync } from 'node:fs'

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'))
const missing = []
for (const [path, entry] of Object.entries(lock.packages ?? {})) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    // npm resolves a dependency from the nearest node_modules up the tree.
    const candidates = []
    let base = path
    while (true) {
      candidates.push(`${base ? `${base}/` : ''}node_modules/${name}`)
      const cut = base.lastIndexOf('/node_modules/')
      if (cut < 0) {
        if (base) candidates.push(`node_modules/${name}`)
        break
      }
      base = base.slice(0, cut)
    }
    if (!candidates.some((c) => lock.packages[c])) missing.push(`${name} (for ${path || 'root'})`)
  }
}
if (missing.length) {
  console.error(`package-lock.json lacks ${missing.length} optional binaries, so npm ci will fail:`)
  for (const m of missing) console.error(`  - ${m}`)
  process.exit(1)
}
console.log('package-lock.json: every optional platform binary is locked')
