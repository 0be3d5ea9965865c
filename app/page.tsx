import { CourseProgressSummary } from '@/components/exercise/progress-marks'
import { CourseOutline } from '@/components/layout/course-outline'
import { getCourse, lessonHref } from '@/lib/course'
import { Hero } from './_home/hero'
import { WhyRunIt } from './_home/why-run-it'

export default async function HomePage() {
  const course = await getCourse()
  const first = course.lessons[0]
  const stats = [
    { label: 'chapters', value: course.chapters.length },
    { label: 'lessons', value: course.lessons.length },
    {
      label: 'runnable examples',
      value: course.lessons.reduce((n, l) => n + l.examples.length, 0),
    },
    { label: 'exercises', value: Object.keys(course.exercises).length },
  ]
  return (
    <main id="main" tabIndex={-1} className="outline-none">
      <Hero firstLessonHref={first ? lessonHref(first) : null} stats={stats} />

      <section aria-labelledby="why-title" className="mx-auto max-w-6xl px-4 py-14 sm:px-6">
        <h2 id="why-title" className="text-2xl font-bold tracking-tight sm:text-3xl">
          Why running beats reading
        </h2>
        <p className="mt-2 max-w-2xl text-ink-muted">
          asyncio is about <em>when</em> things happen. Reading about it gives you a story; running
          it gives you the order, the timing and the errors, and those are what you need.
        </p>
        <div className="mt-8">
          <WhyRunIt />
        </div>
      </section>

      <section aria-labelledby="learn-title" className="border-y border-line bg-surface">
        <div className="mx-auto max-w-6xl px-4 py-14 sm:px-6">
          <h2 id="learn-title" className="text-2xl font-bold tracking-tight sm:text-3xl">
            What you&apos;ll learn
          </h2>
          <p className="mt-2 max-w-2xl text-ink-muted">
            You need Python basics: functions, loops, exceptions. No asyncio experience. Each
            chapter builds on the one before.
          </p>
          <ol className="mt-8 grid gap-x-8 gap-y-5 sm:grid-cols-2 lg:grid-cols-3">
            {course.chapters.map((chapter, index) => (
              <li key={chapter.slug} className="flex gap-3">
                <span
                  aria-hidden="true"
                  className="flex size-8 shrink-0 items-center justify-center rounded-full bg-accent-soft font-semibold text-accent"
                >
                  {index + 1}
                </span>
                <div>
                  <p className="font-semibold">{chapter.title}</p>
                  <p className="text-sm text-ink-muted">{chapter.summary}</p>
                </div>
              </li>
            ))}
          </ol>
        </div>
      </section>

      <section
        aria-labelledby="course"
        className="mx-auto max-w-6xl scroll-mt-16 px-4 py-14 sm:px-6"
      >
        <h2 id="course" className="text-2xl font-bold tracking-tight sm:text-3xl">
          The course
        </h2>
        <p className="mt-2 max-w-2xl text-ink-muted">
          {course.lessons.length} lessons in {course.chapters.length} chapters, in reading order.
        </p>
        <CourseProgressSummary exerciseIds={Object.keys(course.exercises)} />
        <div className="mt-8">
          <CourseOutline chapters={course.chapters} />
        </div>
      </section>
    </main>
  )
}
