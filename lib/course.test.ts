import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ContentError } from '@looplab/runtime/content'

const fixtures = path.join(import.meta.dirname, '../runtime/fixtures/content')

// The build reaches content through getCourse() (generateStaticParams, pages, metadata): prove
// that very path fails on bad content, with a message an author can act on.
async function freshGetCourse(contentDir: string) {
  vi.stubEnv('LOOPLAB_CONTENT_DIR', contentDir)
  vi.resetModules()
  const { getCourse } = await import('./course')
  return getCourse()
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('getCourse (the load path of next build)', () => {
  it('fails on a bad frontmatter field, naming the file and the field', async () => {
    const failure = await freshGetCourse(path.join(fixtures, 'bad-frontmatter-unknown-field')).then(
      () => null,
      (error: unknown) => error,
    )
    // resetModules gives a fresh copy of the loader, so compare by name rather than class identity.
    expect(failure).toMatchObject({ name: 'ContentError' })
    expect((failure as ContentError).issues).toEqual([
      expect.objectContaining({ field: 'difficulty', line: 5 }),
    ])
    expect((failure as ContentError).message).toMatch(
      /bad-frontmatter-unknown-field\/01-only\/01-lesson\/index\.mdx:5: field "difficulty": unknown field/,
    )
  })

  it('loads a valid course from LOOPLAB_CONTENT_DIR', async () => {
    const course = await freshGetCourse(path.join(fixtures, 'course'))
    expect(course.lessons.map((l) => l.id)).toEqual([
      'basics/hello-loop',
      'basics/sleeping',
      'tasks/create-task',
    ])
  })
})
