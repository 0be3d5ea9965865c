/**
 * StackBlitz's WebContainer (the workspaces, docs/architecture.md) is Node inside the learner's
 * own browser tab: no Linux underneath to sandbox with (no bwrap, no namespaces, no ulimit), and
 * the code it runs is the learner's own, in their own tab — the browser is the boundary. There the
 * CLI runs Python in-process, on the same pyodide-node engine the course's own checks use.
 */
export function insideWebContainer(versions: NodeJS.ProcessVersions = process.versions): boolean {
  const value = (versions as NodeJS.ProcessVersions & { webcontainer?: unknown }).webcontainer
  return typeof value === 'string' && value.length > 0
}
