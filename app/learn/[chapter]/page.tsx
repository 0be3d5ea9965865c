import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getCourse, lessonHref } from '@/lib/course'

export const dynamicParams = false

export async function generateStaticParams() {
  const course = await getCourse()
  return course.chapters.map((chapter) => ({ chapter: chapter.slug }))
}

async function findChapter(slug: string) {
  const course = await getCourse()
  const index = course.chapters.findIndex((c) => c.slug === slug)
  const chapter = course.chapters[index]
  return chapter ? { chapter, number: index + 1 } : null
}

export async function generateMetadata({
  params,
}: PageProps<'/learn/[chapter]'>): Promise<Metadata> {
  const found = await findChapter((await params).chapter)
  return found ? { title: found.chapter.title, description: found.chapter.summary } : {}
}

/** A chapter's landing page: its summary and its lessons in order. */
export default async function ChapterPage({ params }: PageProps<'/learn/[chapter]'>) {
  const found = await findChapter((await params).chapter)
  if (!found) notFound()
  const { chapter, number } = found
  return (
    <main
      id="main"
      tabIndex={-1}
      className="mx-auto w-full max-w-3xl px-4 py-10 outline-none sm:px-6"
    >
      <p className="text-sm font-medium text-accent">
        <Link href="/#course" className="hover:underline">
          Course
        </Link>
        <span className="text-ink-muted"> · Chapter {number}</span>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">{chapter.title}</h1>
      <p className="mt-3 text-lg text-ink-muted">{chapter.summary}</p>
      <ol className="mt-8 space-y-3">
        {chapter.lessons.map((lesson, index) => (
          <li key={lesson.id}>
            <Link
              href={lessonHref(lesson)}
              className="group flex gap-4 rounded-lg border border-line p-4 hover:border-accent"
            >
              <span className="font-mono text-ink-muted tabular-nums" aria-hidden="true">
                {number}.{index + 1}
              </span>
              <span>
                <span className="font-medium group-hover:text-accent">{lesson.title}</span>
                <span className="mt-0.5 block text-sm text-ink-muted">{lesson.summary}</span>
              </span>
            </Link>
          </li>
        ))}
      </ol>
    </main>
  )
}
