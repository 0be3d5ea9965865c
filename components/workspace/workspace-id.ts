/**
 * A workspace's id (its folder in the container, its key in storage) from the key a sandbox keeps
 * its code under, so each example has a workspace of its own across the course.
 */
export function workspaceIdFromKey(storageKey: string): string {
  const id = storageKey
    .toLowerCase()
    .replace(/^looplab:code:v\d+:/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return id || 'sandbox'
}
