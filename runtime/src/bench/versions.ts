/** Versions a bench report names, so numbers from different setups are never confused. */
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { runtimePackageRoot } from '../node/package-root'

export function pyodideVersion(): string {
  const require = createRequire(join(runtimePackageRoot(), 'package.json'))
  return (require('pyodide/package.json') as { version: string }).version
}
