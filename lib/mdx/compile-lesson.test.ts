import path from 'node:path'
import { prerenderToNodeStream } from 'react-dom/static'
import { beforeAll, describe, expect, it } from 'vitest'
import { lessonComponents } from '@/components/lesson/mdx-components'
import { loadCourse, type Course } from '@looplab/runtime/content'
import { compileLesson } from './compile-lesson'
import { renderMdx } from './render-mdx'

const fixture = path.join(import.meta.dirname, '../../runtime/fixtures/content/course')

let course: Course
let html: string

beforeAll(async () => {
  course = await loadCourse(fixture)
  const lesson = course.lessons[0]!
  // As Next prerenders a page: Suspense boundaries resolve before the HTML is complete.
  const { prelude } = await prerenderToNodeStream(
    renderMdx(await compileLesson(lesson, course.exercises), lessonComponents),
  )
  const chunks: Buffer[] = []
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array))
  // (`<!-- -->` separates adjacent text nodes for hydration; the reader sees none.)
  html = Buffer.concat(chunks).toString('utf8').replaceAll('<!-- -->', '')
})

describe('a compiled lesson', () => {
  it('gives headings the ids the loader computed for the table of contents', () => {
    for (const heading of course.lessons[0]!.headings) {
      expect(html).toContain(`<h${heading.depth} id="${heading.slug}"`)
    }
  })

  it('renders each example with highlighted code and its expected output', () => {
    expect(html).toContain('<figure id="example-hello" data-example="hello"')
    expect(html).toMatch(/<pre class="shiki shiki-themes github-light-default github-dark-default/)
    expect(html).toMatch(
      /<span style="--shiki-light:#[0-9A-Fa-f]{6};--shiki-dark:#[0-9A-Fa-f]{6}">import<\/span>/,
    )
    expect(html).toContain('data-testid="expected-output"')
    expect(html).toMatch(/<pre[^>]*><code>Hello<\/code><\/pre>/)
    // The output fence is a prop, not a second code block.
    expect(html.match(/class="shiki/g)).toHaveLength(3) // hello, boom, the exercise starter
  })

  it('shows the error an example ends with and its exit code', () => {
    expect(html).toContain('data-expected-status="error"')
    expect(html).toContain('ValueError: boom')
    expect(html).toContain('exit code 1')
  })

  it('renders GFM tables, notes, pitfalls and the exercise from its folder', () => {
    expect(html).toContain('<table')
    expect(html).toContain('role="note"')
    expect(html).toContain('aria-label="Pitfall: Forgetting to await"')
    expect(html).toContain('<section id="exercise-say-hello"')
    expect(html).toContain('<strong>Hello, loop</strong>')
    expect(html).toContain('data-testid="exercise-starter"')
  })
})
