/**
 * An <Example> is a ```python fence and an ```output fence plus a few literal props. This module
 * turns one such element into a LessonExample — the same function serves the site's remark plugin
 * and the loader, so what the page shows and what `looplab verify` checks cannot drift apart.
 */
import type { Code, Root } from 'mdast'
import type { ContentIssue } from './content-error'
import { zodIssues } from './content-error'
import { readJsxAttributes } from './jsx-attributes'
import { findJsxElements, lineOf, type JsxElement } from './jsx-elements'
import { ExamplePropsSchema, type ExampleProps } from './schemas'
import type { ExpectedStatus, LessonExample } from './types'

export type ReadExample =
  { ok: true; example: LessonExample } | { ok: false; issues: ContentIssue[] }

const allowedProps = Object.keys(ExamplePropsSchema.shape)

export function readExample(node: JsxElement, file: string): ReadExample {
  const line = lineOf(node) ?? 0
  const { values, problems } = readJsxAttributes(node)
  const label = exampleLabel(values.name, line)
  if (problems.length > 0) {
    return {
      ok: false,
      issues: problems.map((p) => ({
        file,
        line,
        field: `${label}.${p.field}`,
        message: p.message,
      })),
    }
  }
  const props = ExamplePropsSchema.safeParse(values)
  if (!props.success) {
    return {
      ok: false,
      issues: zodIssues(props.error, file, { fieldPrefix: label, line, allowed: allowedProps }),
    }
  }
  const fences = readFences(node, file, label, line)
  if (!fences.ok) return fences
  return { ok: true, example: toExample(props.data, fences.code, fences.output, line) }
}

/** Every <Example> in a lesson, with names checked for uniqueness. */
export function extractExamples(
  tree: Root,
  file: string,
): { examples: LessonExample[]; issues: ContentIssue[] } {
  const examples: LessonExample[] = []
  const issues: ContentIssue[] = []
  const seen = new Map<string, number>()
  for (const node of findJsxElements(tree, 'Example')) {
    const result = readExample(node, file)
    if (!result.ok) {
      issues.push(...result.issues)
      continue
    }
    const { example } = result
    const first = seen.get(example.name)
    if (first !== undefined) {
      issues.push({
        file,
        line: example.line,
        field: `<Example ${example.name}>.name`,
        message: `duplicate example name (first used on line ${first}); names must be unique in a lesson`,
      })
      continue
    }
    seen.set(example.name, example.line)
    examples.push(example)
  }
  return { examples, issues }
}

function exampleLabel(name: unknown, line: number): string {
  return typeof name === 'string' && name ? `<Example ${name}>` : `<Example> on line ${line}`
}

type Fences = { ok: true; code: string; output: string } | { ok: false; issues: ContentIssue[] }

function readFences(node: JsxElement, file: string, label: string, line: number): Fences {
  const children = node.children
  const shape =
    'must hold a ```python fence followed by an ```output fence (empty if nothing is printed), with blank lines around them'
  const [code, output, ...rest] = children
  const problem = (message: string): Fences => ({
    ok: false,
    issues: [{ file, line, field: label, message }],
  })
  if (!isFence(code, 'python')) return problem(`${shape}; the first child is ${describe(code)}`)
  if (!isFence(output, 'output'))
    return problem(`${shape}; after the code comes ${describe(output)}`)
  if (rest.length > 0) return problem(`${shape}; found extra ${describe(rest[0])}`)
  return { ok: true, code: code.value, output: output.value }
}

function isFence(node: unknown, lang: string): node is Code {
  return (
    typeof node === 'object' &&
    node !== null &&
    'type' in node &&
    node.type === 'code' &&
    'lang' in node &&
    node.lang === lang
  )
}

function describe(node: { type: string } | undefined): string {
  if (!node) return 'nothing'
  if (node.type === 'code') {
    const lang = (node as Code).lang
    return lang ? `a \`\`\`${lang} fence` : 'a fence with no language'
  }
  return `a ${node.type} node`
}

function toExample(props: ExampleProps, code: string, stdout: string, line: number): LessonExample {
  const error = props.error ?? null
  const failsByExit = props.exitCode !== undefined && props.exitCode !== 0
  const status: ExpectedStatus = props.status ?? (error || failsByExit ? 'error' : 'ok')
  const defaultExit = props.status ? null : error ? 1 : 0
  return {
    name: props.name,
    anchor: `example-${props.name}`,
    code,
    expected: { stdout, status, exitCode: props.exitCode ?? defaultExit, error },
    varies: props.varies ?? null,
    versionNote: props.versionNote ?? null,
    line,
  }
}
