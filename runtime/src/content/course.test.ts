import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ContentError } from './content-error'
import { loadCourse } from './course'
import { lessonNeighbours } from './navigation'

const fixture = (name: string) => path.join(import.meta.dirname, '../../fixtures/content', name)

async function problemsOf(name: string): Promise<ContentError> {
  const error = await loadCourse(fixture(name)).then(
    () => null,
    (e: unknown) => e,
  )
  if (!(error instanceof ContentError)) throw new Error(`${name} loaded without a ContentError`)
  return error
}

describe('loadCourse on a valid course', () => {
  it('orders chapters and lessons by their folder prefixes', async () => {
    const course = await loadCourse(fixture('course'))
    expect(course.chapters.map((c) => [c.slug, c.title])).toEqual([
      ['basics', 'Basics'],
      ['tasks', 'Tasks'],
    ])
    expect(course.lessons.map((l) => l.id)).toEqual([
      'basics/hello-loop',
      'basics/sleeping',
      'tasks/create-task',
    ])
  })

  it('reads frontmatter, headings with slugs, examples and exercises', async () => {
    const course = await loadCourse(fixture('course'))
    const hello = course.lessons[0]
    expect(hello?.title).toBe('Hello, event loop')
    expect(hello?.sources[0]?.anchor).toBe('running-a-coroutine')
    expect(hello?.headings).toEqual([
      { depth: 2, text: 'Running a coroutine', slug: 'running-a-coroutine' },
      { depth: 3, text: 'With asyncio.run', slug: 'with-asynciorun' },
      { depth: 2, text: 'When it fails', slug: 'when-it-fails' },
    ])
    expect(hello?.examples.map((e) => e.name)).toEqual(['hello', 'boom'])
    expect(hello?.exerciseIds).toEqual(['say-hello'])
    expect(hello?.anchors).toEqual([
      'running-a-coroutine',
      'with-asynciorun',
      'when-it-fails',
      'example-hello',
      'example-boom',
      'exercise-say-hello',
    ])
    expect(course.exercises['say-hello']).toMatchObject({
      title: 'Say hello',
      lessonId: 'basics/hello-loop',
      prompt: 'Make `main()` print **Hello, loop**.\n',
    })
    expect(course.exercises['say-hello']?.starter).toContain('async def main()')
  })

  it('links lessons across chapter boundaries', async () => {
    const course = await loadCourse(fixture('course'))
    const { previous, next } = lessonNeighbours(course, 'basics/sleeping')
    expect(previous?.id).toBe('basics/hello-loop')
    expect(next?.id).toBe('tasks/create-task')
    expect(lessonNeighbours(course, 'basics/hello-loop').previous).toBeNull()
    expect(lessonNeighbours(course, 'tasks/create-task').next).toBeNull()
  })
})

describe('loadCourse rejects bad content, naming file and field', () => {
  const lessonFile = (name: string) => path.join(fixture(name), '01-only/01-lesson/index.mdx')

  it('an unknown frontmatter field', async () => {
    const error = await problemsOf('bad-frontmatter-unknown-field')
    expect(error.issues).toEqual([
      expect.objectContaining({
        file: lessonFile('bad-frontmatter-unknown-field'),
        field: 'difficulty',
        line: 5,
      }),
    ])
    expect(error.message).toContain(
      '01-only/01-lesson/index.mdx:5: field "difficulty": unknown field',
    )
  })

  it('a missing required frontmatter field', async () => {
    const error = await problemsOf('bad-frontmatter-missing-summary')
    expect(error.issues).toEqual([
      expect.objectContaining({
        file: lessonFile('bad-frontmatter-missing-summary'),
        field: 'summary',
      }),
    ])
  })

  it('a source anchor with no matching heading', async () => {
    const error = await problemsOf('bad-source-anchor')
    expect(error.issues).toEqual([expect.objectContaining({ field: 'sources[0].anchor', line: 7 })])
    expect(error.message).toContain(
      'no heading "#not-a-heading" in this lesson (headings: real-heading)',
    )
  })

  it('an unknown chapter.json field', async () => {
    const error = await problemsOf('bad-chapter-json')
    const file = path.join(fixture('bad-chapter-json'), '01-only/chapter.json')
    expect(error.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file, field: 'summmary' }),
        expect.objectContaining({ file, field: 'summary' }),
      ]),
    )
  })

  it('an <Example> without its output fence', async () => {
    const error = await problemsOf('bad-example-missing-output')
    expect(error.issues).toEqual([expect.objectContaining({ field: '<Example lonely>', line: 9 })])
    expect(error.message).toContain('after the code comes nothing')
  })

  it('an <Example> prop the format does not define', async () => {
    const error = await problemsOf('bad-example-unknown-prop')
    expect(error.issues).toEqual([expect.objectContaining({ field: '<Example typo>.expect' })])
  })

  it('an <Exercise> whose folder does not exist', async () => {
    const error = await problemsOf('bad-exercise-unknown-id')
    expect(error.issues).toEqual([
      expect.objectContaining({
        file: lessonFile('bad-exercise-unknown-id'),
        field: '<Exercise no-such-exercise>.id',
        line: 9,
      }),
    ])
  })

  it('a lesson folder without a numeric prefix', async () => {
    const error = await problemsOf('bad-folder-name')
    expect(error.issues).toEqual([
      expect.objectContaining({
        file: path.join(fixture('bad-folder-name'), '01-only/lesson-without-number'),
      }),
    ])
  })

  it('an unknown component, and a component missing a required prop', async () => {
    const error = await problemsOf('bad-unknown-component')
    expect(error.issues).toEqual([
      expect.objectContaining({ field: '<Warning>', line: 9 }),
      expect.objectContaining({ field: '<Pitfall>.title', line: 11 }),
    ])
    expect(error.message).toContain(
      'unknown component (known: <Example>, <Exercise>, <Note>, <Pitfall>)',
    )
  })

  it('internal links to lessons or anchors that do not exist', async () => {
    const error = await problemsOf('bad-broken-link')
    expect(error.issues.map((i) => [i.field, i.line, i.message])).toEqual([
      ['link /learn/only/no-such-lesson', 9, 'no lesson "no-such-lesson" in chapter "only"'],
      [
        'link /learn/only/lesson#nowhere',
        9,
        'no heading, example or exercise with id "nowhere" there',
      ],
      ['link #also-nowhere', 10, 'no heading, example or exercise with id "also-nowhere" there'],
    ])
  })

  it('a content folder that does not exist', async () => {
    await expect(loadCourse(fixture('no-such-folder'))).rejects.toThrow('content folder not found')
  })
})
