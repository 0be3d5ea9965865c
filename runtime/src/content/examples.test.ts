import { describe, expect, it } from 'vitest'
import { extractExamples } from './examples'
import { parseMdx } from './parse-mdx'

const file = '/course/01-x/01-y/index.mdx'

function examplesOf(mdx: string) {
  const parsed = parseMdx(mdx, file)
  if (!parsed.ok) throw new Error(parsed.issue.message)
  return extractExamples(parsed.tree, file)
}

const fence = (lang: string, body: string) => `\`\`\`${lang}\n${body}\n\`\`\``
const example = (props: string, ...children: string[]) =>
  `<Example ${props}>\n\n${children.join('\n\n')}\n\n</Example>\n`

describe('extractExamples', () => {
  it('reads the code, the expected output and the defaults', () => {
    const { examples, issues } = examplesOf(
      `Intro.\n\n${example('name="two-lines"', fence('python', 'print("a")\nprint("b")'), fence('output', 'a\nb'))}`,
    )
    expect(issues).toEqual([])
    expect(examples).toEqual([
      {
        name: 'two-lines',
        anchor: 'example-two-lines',
        code: 'print("a")\nprint("b")',
        expected: { stdout: 'a\nb', status: 'ok', exitCode: 0, error: null },
        varies: null,
        versionNote: null,
        line: 3,
      },
    ])
  })

  it('an error example expects status error and exit code 1, and keeps its stdout', () => {
    const mdx = example(
      'name="boom" error="ValueError: boom"',
      fence('python', 'print(1)\nraise ValueError("boom")'),
      fence('output', '1'),
    )
    expect(examplesOf(mdx).examples[0]?.expected).toEqual({
      stdout: '1',
      status: 'error',
      exitCode: 1,
      error: 'ValueError: boom',
    })
  })

  it('reads numbers in braces, and a declared status leaves the exit code unchecked', () => {
    const { examples } = examplesOf(
      example(
        'name="exits" exitCode={2}',
        fence('python', 'raise SystemExit(2)'),
        '```output\n```',
      ) +
        '\n' +
        example(
          'name="hangs" status="deadlock" versionNote="3.14 words it differently"',
          fence('python', 'x'),
          '```output\n```',
        ),
    )
    expect(examples.map((e) => e.expected)).toEqual([
      { stdout: '', status: 'error', exitCode: 2, error: null },
      { stdout: '', status: 'deadlock', exitCode: null, error: null },
    ])
    expect(examples[1]?.versionNote).toBe('3.14 words it differently')
  })

  it('finds examples nested in other components, and ignores plain fences', () => {
    const mdx = `${fence('python', 'just highlighted')}\n\n<Pitfall title="Careful">\n\n${example('name="inside"', fence('python', 'pass'), '```output\n```')}\n</Pitfall>\n`
    const { examples, issues } = examplesOf(mdx)
    expect(issues).toEqual([])
    expect(examples.map((e) => e.name)).toEqual(['inside'])
  })

  it('marks an example whose output varies', () => {
    const mdx = example(
      'name="ids" varies="prints an id"',
      fence('python', 'print(id(1))'),
      fence('output', '1407'),
    )
    expect(examplesOf(mdx).examples[0]?.varies).toBe('prints an id')
  })
})

describe('extractExamples rejects malformed examples, naming the example', () => {
  const issueOf = (mdx: string) => {
    const { examples, issues } = examplesOf(mdx)
    expect(examples).toEqual([])
    expect(issues).toHaveLength(1)
    return issues[0]
  }

  it('a missing name', () => {
    expect(issueOf(example('', fence('python', 'pass'), '```output\n```'))).toMatchObject({
      file,
      line: 1,
      field: '<Example> on line 1.name',
    })
  })

  it('a name that is not kebab-case', () => {
    expect(
      issueOf(example('name="Two Words"', fence('python', 'pass'), '```output\n```'))?.message,
    ).toContain('kebab-case')
  })

  it('a fence in the wrong language', () => {
    const issue = issueOf(example('name="py"', fence('py', 'pass'), '```output\n```'))
    expect(issue).toMatchObject({ field: '<Example py>' })
    expect(issue?.message).toContain('the first child is a ```py fence')
  })

  it('prose between the fences', () => {
    const issue = issueOf(
      example('name="chatty"', fence('python', 'pass'), 'It prints:', '```output\n```'),
    )
    expect(issue?.message).toContain('after the code comes a paragraph node')
  })

  it('an extra fence', () => {
    const issue = issueOf(
      example('name="extra"', fence('python', 'pass'), '```output\n```', fence('python', 'more')),
    )
    expect(issue?.message).toContain('found extra a ```python fence')
  })

  it('a status outside the allowed set', () => {
    expect(
      issueOf(example('name="s" status="crash"', fence('python', 'pass'), '```output\n```')),
    ).toMatchObject({
      field: '<Example s>.status',
    })
  })

  it('an expression instead of a literal', () => {
    const issue = issueOf(
      example('name="e" exitCode={1 + 1}', fence('python', 'pass'), '```output\n```'),
    )
    expect(issue).toMatchObject({ field: '<Example e>.exitCode' })
    expect(issue?.message).toContain('must be a literal')
  })

  it('a duplicate name', () => {
    const one = example('name="same"', fence('python', 'pass'), '```output\n```')
    const { examples, issues } = examplesOf(`${one}\n${one}`)
    expect(examples).toHaveLength(1)
    expect(issues).toEqual([
      expect.objectContaining({
        field: '<Example same>.name',
        message: expect.stringContaining('duplicate'),
      }),
    ])
  })
})
