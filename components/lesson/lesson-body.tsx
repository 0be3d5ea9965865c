import { compileLesson } from '@/lib/mdx/compile-lesson'
import { renderMdx } from '@/lib/mdx/render-mdx'
import type { Exercise, Lesson } from '@looplab/runtime/content'
import { lessonComponents } from './mdx-components'

/** The lesson's MDX, compiled at build time and rendered with the lesson component registry. */
export async function LessonBody({
  lesson,
  exercises,
}: {
  lesson: Lesson
  exercises: Record<string, Exercise>
}) {
  const code = await compileLesson(lesson, exercises)
  return <div className="prose-lesson prose max-w-none">{renderMdx(code, lessonComponents)}</div>
}
