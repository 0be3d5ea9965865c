import { LessonProgressMark } from '@/components/exercise/progress-marks'
import { IntentLink } from '@/components/layout/intent-link'
import { lessonHref } from '@/lib/course'
import type { Chapter } from '@looplab/runtime/content'

/** The course, chapter by chapter, as folders order it; the current lesson is marked. Its links
 *  prefetch on intent only (intent-link.tsx). */
export function CourseNav({ chapters, currentId }: { chapters: Chapter[]; currentId?: string }) {
  return (
    <nav aria-label="Course" className="text-sm">
      <ol className="space-y-6">
        {chapters.map((chapter, index) => (
          <li key={chapter.slug}>
            <p className="mb-2 px-3 text-xs font-semibold tracking-wide text-ink-muted uppercase">
              <span aria-hidden="true">{index + 1}. </span>
              {chapter.title}
            </p>
            <ol className="space-y-0.5">
              {chapter.lessons.map((lesson) => {
                const current = lesson.id === currentId
                return (
                  <li key={lesson.id}>
                    <IntentLink
                      href={lessonHref(lesson)}
                      aria-current={current ? 'page' : undefined}
                      className={
                        current
                          ? 'flex items-center gap-2 rounded-md bg-accent-soft px-3 py-1.5 font-medium text-accent'
                          : 'flex items-center gap-2 rounded-md px-3 py-1.5 text-ink-muted hover:bg-surface hover:text-ink'
                      }
                    >
                      {lesson.title}
                      <LessonProgressMark exerciseIds={lesson.exerciseIds} />
                    </IntentLink>
                  </li>
                )
              })}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  )
}
