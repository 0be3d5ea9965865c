import type { Metadata } from 'next'
import Link from 'next/link'
import { getCourse, lessonHref } from '@/lib/course'

export const metadata: Metadata = { title: 'Page not found' }

export default async function NotFound() {
  const course = await getCourse()
  return (
    <main
      id="main"
      tabIndex={-1}
      className="mx-auto w-full max-w-3xl px-4 py-16 outline-none sm:px-6"
    >
      <p className="font-mono text-sm font-semibold text-accent">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">
        This page isn&apos;t in the course
      </h1>
      <p className="mt-3 text-lg text-ink-muted">
        The link may be old, or the address mistyped. Lessons live at{' '}
        <code className="font-mono text-base">/learn/&lt;chapter&gt;/&lt;lesson&gt;</code>. Here is
        everything there is:
      </p>
      <p className="mt-6">
        <Link
          href="/"
          className="inline-flex rounded-lg bg-accent px-5 py-2.5 font-semibold text-on-accent hover:opacity-90"
        >
          Go to the home page
        </Link>
      </p>
      <nav aria-label="All lessons" className="mt-10">
        <ol className="space-y-6">
          {course.chapters.map((chapter) => (
            <li key={chapter.slug}>
              <h2 className="font-semibold">{chapter.title}</h2>
              <ul className="mt-2 space-y-1">
                {chapter.lessons.map((lesson) => (
                  <li key={lesson.id}>
                    <Link href={lessonHref(lesson)} className="text-accent hover:underline">
                      {lesson.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </nav>
    </main>
  )
}
