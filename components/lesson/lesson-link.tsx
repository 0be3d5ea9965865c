import Link from 'next/link'
import type { ComponentPropsWithoutRef } from 'react'

/** Links in lessons: site links navigate client-side; outside links open as normal links. */
export function LessonLink({ href = '', children, ...rest }: ComponentPropsWithoutRef<'a'>) {
  if (href.startsWith('/')) {
    return (
      <Link href={href} {...rest}>
        {children}
      </Link>
    )
  }
  const external = /^https?:\/\//.test(href)
  return (
    <a href={href} {...(external ? { rel: 'noopener noreferrer' } : {})} {...rest}>
      {children}
    </a>
  )
}

/** GFM tables scroll sideways on phones instead of widening the page. */
export function LessonTable(props: ComponentPropsWithoutRef<'table'>) {
  return (
    // Focusable, so a keyboard can scroll it too.
    <div className="my-6 overflow-x-auto" tabIndex={0}>
      <table {...props} className="my-0!" />
    </div>
  )
}
