/**
 * The commands a workspace spawns. `looplab` is the runtime's CLI, started by path with the
 * container's Node; `python FILE` means `looplab run FILE` (the container's own `python` is not
 * CPython, and our harness is what makes asyncio run on virtual time).
 */
import { looplabBin, workspaceFolder } from './paths'

/** `cwd` is relative to the container's working directory (the tree's root). */
export type SpawnSpec = { command: string; args: string[]; cwd: string }

/** The CLI's path seen from a workspace folder (two levels under the root). */
const binFromWorkspace = `../../${looplabBin}`

/** What the workspace engine spawns for a run: JSON out, so the page gets the whole RunResult. */
export function runSpawn(
  workspace: string,
  entry: string,
  options: { argv?: string[]; timeLimitS?: number } = {},
): SpawnSpec {
  const { argv = [], timeLimitS } = options
  const limit = timeLimitS === undefined ? [] : ['--time-limit', String(timeLimitS)]
  const rest = argv.length ? ['--', ...argv] : []
  return looplab(workspace, ['run', entry, '--json', ...limit, ...rest])
}

/** `looplab ARGS…` in a workspace's folder. */
export function looplab(workspace: string, args: string[]): SpawnSpec {
  return { command: 'node', args: [binFromWorkspace, ...args], cwd: workspaceFolder(workspace) }
}

/** Splits a typed line into words: quotes group, a backslash escapes the next character. */
export function splitWords(line: string): string[] {
  const words: string[] = []
  let word: string | null = null
  let quote: '"' | "'" | null = null
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!
    if (quote) {
      if (char === quote) quote = null
      else if (char === '\\' && quote === '"' && i + 1 < line.length) word += line[++i]!
      else word += char
    } else if (char === '"' || char === "'") {
      quote = char
      word ??= ''
    } else if (char === '\\' && i + 1 < line.length) {
      word = (word ?? '') + line[++i]!
    } else if (/\s/.test(char)) {
      if (word !== null) words.push(word)
      word = null
    } else word = (word ?? '') + char
  }
  if (quote) throw new Error(`unclosed ${quote}`)
  if (word !== null) words.push(word)
  return words
}

export type ShellLine =
  | { kind: 'empty' }
  | { kind: 'builtin'; name: 'help' | 'clear' }
  | { kind: 'spawn'; spec: SpawnSpec }
  | { kind: 'refused'; message: string }

/** What a line typed into the workspace's terminal does. */
export function interpretLine(workspace: string, line: string): ShellLine {
  let words: string[]
  try {
    words = splitWords(line)
  } catch (error) {
    return { kind: 'refused', message: `${(error as Error).message}: finish the quote` }
  }
  const [name, ...args] = words
  if (name === undefined) return { kind: 'empty' }
  if (name === 'help' || name === 'clear') return { kind: 'builtin', name }
  if (name === 'python' || name === 'python3') {
    const flag = args.find((arg) => arg.startsWith('-'))
    if (args.length === 0 || (flag && args.indexOf(flag) === 0)) {
      return {
        kind: 'refused',
        message: `${name} here runs a file: ${name} FILE [ARGS…] (it is \`looplab run FILE\`)`,
      }
    }
    const [file, ...rest] = args
    const spec = looplab(workspace, ['run', file!, ...(rest.length ? ['--', ...rest] : [])])
    return { kind: 'spawn', spec }
  }
  if (name === 'looplab') return { kind: 'spawn', spec: looplab(workspace, args) }
  // Anything else is the container's own command (ls, cat, node, npm…).
  return { kind: 'spawn', spec: { command: name, args, cwd: workspaceFolder(workspace) } }
}

export const shellHelp =
  'Commands:\n' +
  '  python FILE [ARGS…]    run FILE under virtual time (the same as looplab run FILE)\n' +
  '  looplab run FILE       the same, with --json, --time-limit S…\n' +
  '  looplab grade EXERCISE FILE   grade FILE against an exercise folder\n' +
  '  ls, cat FILE, node…    the container’s own commands\n' +
  '  clear, help\n'
