import Link from 'next/link'
import { chapterHref } from '@/lib/course'
import type { Chapter, Lesson } from '@looplab/runtime/content'

/** Chapter breadcrumb, title, one-line summary and the tutorial sections the lesson covers. */
export function LessonHeader({ chapter, lesson }: { chapter: Chapter; lesson: Lesson }) {
  const position = chapter.lessons.findIndex((l) => l.id === lesson.id) + 1
  return (
    <header className="mb-8 border-b border-line pb-6">
      <p className="text-sm font-medium text-accent">
        <Link href={chapterHref(chapter)} className="hover:underline">
          {chapter.title}
        </Link>
        <span className="text-ink-muted">
          {' '}
          · Lesson {position} of {chapter.lessons.length}
        </span>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance sm:text-4xl">
        {lesson.title}
      </h1>
      <p className="mt-3 text-lg text-pretty text-ink-muted">{lesson.summary}</p>
      {lesson.sources.length > 0 && (
        <div className="mt-4 text-sm">
          <p className="font-medium">Covers</p>
          <ul className="mt-1 space-y-0.5 text-ink-muted">
            {lesson.sources.map((source) => (
              <li key={`${source.seed}-${source.section}`}>
                <a href={`#${source.anchor}`} className="hover:text-ink hover:underline">
                  {source.section}
                </a>{' '}
                <span className="text-xs">(tutorial {source.seed})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </header>
  )
}
