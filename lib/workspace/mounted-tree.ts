/**
 * The file tree a workspace mounts: the learner's files (and an exercise folder to grade against),
 * a package.json, and node_modules as `npm install` would leave it — @looplab/runtime and zod from
 * their `npm pack` tarballs, Pyodide from the files our site serves. The contract test writes this
 * same tree to a folder and runs the same command in it under plain Node.
 */
import type { FileSystemTree } from './container-port'
import type { PackedFiles } from './tarball'
import { checkLearnerPath, runtimeFolder, workspaceFolder } from './paths'

/** An exercise as the page knows it: enough for `looplab grade <id> main.py`. */
export type ExerciseFolder = {
  id: string
  title: string
  hints: string[]
  prompt: string
  starter: string
  checks: string
  probes: string | null
}

export type TreeParts = {
  /** The workspace's folder name (workspaceFolder in commands.ts). */
  workspace: string
  /** The learner's files: path → text ("main.py", "helpers/io.py"). */
  learnerFiles: Record<string, string>
  exercise?: ExerciseFolder
  /** Package name → its files, as readPackedTarball gives them. */
  packages: Map<string, PackedFiles>
  pyodide: { packageJson: string; files: Map<string, Uint8Array> }
}

type Contents = string | Uint8Array

function insert(tree: FileSystemTree, path: string, contents: Contents): void {
  const parts = path.split('/')
  const name = parts.pop()!
  let folder = tree
  for (const part of parts) {
    const node = (folder[part] ??= { directory: {} })
    if (!('directory' in node)) throw new Error(`${path}: ${part} is a file, not a folder`)
    folder = node.directory
  }
  folder[name] = { file: { contents } }
}

/** The exercise folder `looplab grade` loads. The model solution stays on the server (the page
 *  shows it only when asked): the loader needs the file, grading never reads it. */
export function exerciseFiles(exercise: ExerciseFolder): Record<string, string> {
  const meta = { title: exercise.title, hints: exercise.hints, wrong: [] }
  const files: Record<string, string> = {
    'exercise.json': `${JSON.stringify(meta, null, 2)}\n`,
    'prompt.md': exercise.prompt,
    'starter.py': exercise.starter,
    'solution.py': '# The model solution is on the lesson page, under "Solution".\npass\n',
    'checks.py': exercise.checks,
  }
  if (exercise.probes !== null) files['probes.py'] = exercise.probes
  return files
}

export function workspacePackageJson(runtimeVersion: string): string {
  const manifest = {
    name: 'looplab-workspace',
    private: true,
    type: 'module',
    dependencies: { '@looplab/runtime': runtimeVersion },
  }
  return `${JSON.stringify(manifest, null, 2)}\n`
}

/** Every file of the tree, path → contents (what buildMountedTree nests). */
export function mountedFiles(parts: TreeParts): Map<string, Contents> {
  const files = new Map<string, Contents>()
  const folder = workspaceFolder(parts.workspace)
  for (const [path, text] of Object.entries(parts.learnerFiles))
    files.set(`${folder}/${checkLearnerPath(path)}`, text)
  if (parts.exercise) {
    for (const [path, text] of Object.entries(exerciseFiles(parts.exercise))) {
      files.set(`${folder}/${parts.exercise.id}/${path}`, text)
    }
  }
  const runtime = parts.packages.get(runtimeFolder.slice('node_modules/'.length))
  const runtimeManifest = runtime?.get('package.json')
  if (!runtimeManifest) throw new Error('the runtime package is missing its package.json')
  const { version } = JSON.parse(new TextDecoder().decode(runtimeManifest)) as { version: string }
  files.set('package.json', workspacePackageJson(version))
  for (const [name, packed] of parts.packages) {
    for (const [path, bytes] of packed) files.set(`node_modules/${name}/${path}`, bytes)
  }
  files.set('node_modules/pyodide/package.json', parts.pyodide.packageJson)
  for (const [name, bytes] of parts.pyodide.files) files.set(`node_modules/pyodide/${name}`, bytes)
  return files
}

export function buildMountedTree(parts: TreeParts): FileSystemTree {
  const tree: FileSystemTree = {}
  for (const [path, contents] of mountedFiles(parts)) insert(tree, path, contents)
  return tree
}

export function treeBytes(files: Map<string, Contents>): number {
  let total = 0
  for (const contents of files.values()) {
    total +=
      typeof contents === 'string' ? new TextEncoder().encode(contents).length : contents.length
  }
  return total
}
