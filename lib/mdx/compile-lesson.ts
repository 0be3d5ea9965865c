/**
 * Compiles a lesson's MDX to a function body with mdx-bundler, at build time only: GFM tables,
 * heading ids, typed <Example>/<Exercise> props and shiki highlighting all happen here, so the page
 * ships HTML, not a markdown pipeline.
 */
import { createHash } from 'node:crypto'
import rehypeShiki from '@shikijs/rehype'
import { bundleMDX } from 'mdx-bundler'
import { cache } from 'react'
import remarkGfm from 'remark-gfm'
import { ContentError, displayPath, type Exercise, type Lesson } from '@looplab/runtime/content'
import { remarkHeadingIds } from './remark-heading-ids'
import { remarkLessonComponents } from './remark-lesson-components'
import { shikiOptions } from './shiki-options'

// The last compile of each lesson file, reused while its text and exercises stay the same (the dev
// server re-renders on every request; esbuild + shiki cost ~0.3 s per lesson).
const compiled = new Map<string, { key: string; code: Promise<string> }>()

export const compileLesson = cache(
  (lesson: Lesson, exercises: Record<string, Exercise>): Promise<string> => {
    const shown = lesson.exerciseIds.map((id) => exercises[id])
    const key = createHash('sha256')
      .update(lesson.source)
      .update(JSON.stringify(shown))
      .digest('hex')
    const previous = compiled.get(lesson.file)
    if (previous?.key === key) return previous.code
    const code = bundle(lesson, exercises)
    compiled.set(lesson.file, { key, code })
    code.catch(() => compiled.delete(lesson.file))
    return code
  },
)

async function bundle(lesson: Lesson, exercises: Record<string, Exercise>): Promise<string> {
  try {
    const { code } = await bundleMDX({
      source: lesson.source,
      cwd: lesson.dir,
      mdxOptions(options) {
        options.remarkPlugins = [
          ...(options.remarkPlugins ?? []),
          remarkGfm,
          remarkHeadingIds,
          [remarkLessonComponents, { lesson, exercises }],
        ]
        options.rehypePlugins = [...(options.rehypePlugins ?? []), [rehypeShiki, shikiOptions]]
        return options
      },
    })
    return code
  } catch (error) {
    if (error instanceof ContentError) throw error
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`Could not compile ${displayPath(lesson.file)}: ${reason}`, { cause: error })
  }
}
