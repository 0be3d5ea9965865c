import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { CourseNav } from '@/components/layout/course-nav'
import { MobileCourseMenu } from '@/components/layout/mobile-course-menu'
import { TableOfContents } from '@/components/layout/table-of-contents'
import { LessonHeader } from '@/components/lesson/lesson-header'
import { LessonPager } from '@/components/lesson/lesson-pager'
import { LessonBody } from '@/components/lesson/lesson-body'
import { getCourse, getLesson } from '@/lib/course'

// Every lesson is built ahead of time; any other /learn/x/y is a 404.
export const dynamicParams = false

export async function generateStaticParams() {
  const course = await getCourse()
  return course.lessons.map((lesson) => ({ chapter: lesson.chapterSlug, lesson: lesson.slug }))
}

export async function generateMetadata({
  params,
}: PageProps<'/learn/[chapter]/[lesson]'>): Promise<Metadata> {
  const { chapter, lesson } = await params
  const found = await getLesson(chapter, lesson)
  if (!found) return {}
  return { title: found.lesson.title, description: found.lesson.summary }
}

export default async function LessonPage({ params }: PageProps<'/learn/[chapter]/[lesson]'>) {
  const { chapter: chapterSlug, lesson: lessonSlug } = await params
  const found = await getLesson(chapterSlug, lessonSlug)
  if (!found) notFound()
  const { course, chapter, lesson, previous, next } = found

  return (
    <div className="mx-auto w-full max-w-[90rem] px-4 sm:px-6 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-10 xl:grid-cols-[15rem_minmax(0,1fr)_13rem]">
      <div className="hidden lg:block">
        <div className="sticky top-14 max-h-[calc(100dvh-3.5rem)] overflow-y-auto py-8 pr-2">
          <CourseNav chapters={course.chapters} currentId={lesson.id} />
        </div>
      </div>
      <main id="main" tabIndex={-1} className="min-w-0 py-6 outline-none lg:py-10">
        <div className="mx-auto max-w-3xl">
          <div className="mb-6 space-y-2 lg:hidden">
            <MobileCourseMenu label="Course menu">
              <CourseNav chapters={course.chapters} currentId={lesson.id} />
            </MobileCourseMenu>
          </div>
          <article>
            <LessonHeader chapter={chapter} lesson={lesson} />
            {lesson.headings.length > 0 && (
              <details className="mb-8 rounded-lg border border-line px-4 py-2 xl:hidden">
                <summary className="cursor-pointer py-1 text-sm font-medium">On this page</summary>
                <div className="pt-2 pb-1">
                  <TableOfContents headings={lesson.headings} />
                </div>
              </details>
            )}
            <LessonBody lesson={lesson} exercises={course.exercises} />
          </article>
          <LessonPager previous={previous} next={next} />
        </div>
      </main>
      <div className="hidden xl:block">
        <div className="sticky top-14 max-h-[calc(100dvh-3.5rem)] overflow-y-auto py-10">
          <TableOfContents headings={lesson.headings} />
        </div>
      </div>
    </div>
  )
}
