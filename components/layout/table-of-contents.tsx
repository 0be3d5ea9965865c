import type { Heading } from '@looplab/runtime/content'

/** "On this page": the lesson's ## and ### headings, linking to their anchors. */
export function TableOfContents({ headings }: { headings: Heading[] }) {
  if (headings.length === 0) return null
  return (
    <nav aria-label="On this page" className="text-sm">
      <p className="mb-2 text-xs font-semibold tracking-wide text-ink-muted uppercase">
        On this page
      </p>
      <ol className="space-y-1 border-l border-line">
        {headings.map((heading) => (
          <li key={heading.slug}>
            <a
              href={`#${heading.slug}`}
              className={`-ml-px block border-l border-transparent py-0.5 text-ink-muted hover:border-ink-muted hover:text-ink ${heading.depth === 3 ? 'pl-6' : 'pl-3'}`}
            >
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
