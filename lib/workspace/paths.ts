/**
 * Where things sit in a workspace's tree: node_modules and package.json at the root (shared by
 * every workspace on the page, as the page has one WebContainer), each workspace's files in a
 * folder of its own.
 */
export const runtimeFolder = 'node_modules/@looplab/runtime'
/** The CLI, started by path: the tree has no node_modules/.bin link to it. */
export const looplabBin = `${runtimeFolder}/bin/looplab.mjs`

/** Workspace ids name folders: kebab-case, like example and exercise ids. */
export function workspaceFolder(id: string): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new Error(`bad workspace id: ${id}`)
  return `workspaces/${id}`
}

/** A learner's file path: relative, no `..`, no empty part. */
export function checkLearnerPath(path: string): string {
  const parts = path.split('/')
  if (path.startsWith('/') || parts.some((part) => part === '' || part === '.' || part === '..')) {
    throw new Error(`not a file path inside the workspace: ${path}`)
  }
  return path
}
