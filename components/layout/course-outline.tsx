import Link from 'next/link'
import { LessonProgressMark } from '@/components/exercise/progress-marks'
import { chapterHref, lessonHref } from '@/lib/course'
import type { Chapter } from '@looplab/runtime/content'

/** The whole course, from the folders: chapters with their summaries, lessons with theirs. */
export function CourseOutline({ chapters }: { chapters: Chapter[] }) {
  return (
    <ol className="grid gap-6 lg:grid-cols-2" data-testid="course-outline">
      {chapters.map((chapter, index) => (
        <li key={chapter.slug} className="rounded-xl border border-line bg-page p-5 sm:p-6">
          <p className="text-sm font-semibold text-accent">Chapter {index + 1}</p>
          <h3 className="mt-1 text-xl font-semibold tracking-tight">
            <Link href={chapterHref(chapter)} className="hover:underline">
              {chapter.title}
            </Link>
          </h3>
          {chapter.lessons.length > 0 ? (
            <ol className="mt-4 space-y-3 border-t border-line pt-4">
              {chapter.lessons.map((lesson, lessonIndex) => (
                <li key={lesson.id} className="flex gap-3">
                  <span
                    className="mt-0.5 font-mono text-sm text-ink-muted tabular-nums"
                    aria-hidden="true"
                  >
                    {index + 1}.{lessonIndex + 1}
                  </span>
                  <div className="min-w-0 flex-1">
                    <div className="flex items-start gap-2">
                      <Link
                        href={lessonHref(lesson)}
                        className="font-medium hover:text-accent hover:underline"
                      >
                        {lesson.title}
                      </Link>
                      <LessonProgressMark exerciseIds={lesson.exerciseIds} />
                    </div>
                    <p className="text-sm text-ink-muted">{lesson.summary}</p>
                  </div>
                </li>
              ))}
            </ol>
          ) : (
            <p className="mt-4 border-t border-line pt-4 text-sm text-ink-muted">
              Lessons coming soon.
            </p>
          )}
        </li>
      ))}
    </ol>
  )
}
