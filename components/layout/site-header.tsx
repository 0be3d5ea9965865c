import Link from 'next/link'
import { LoopIcon } from '@/components/ui/icons'
import { ThemeToggle } from './theme-toggle'

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-30 border-b border-line bg-page/90 backdrop-blur supports-[backdrop-filter]:bg-page/75">
      <div className="mx-auto flex h-14 max-w-[90rem] items-center gap-4 px-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2 rounded-md font-semibold tracking-tight">
          <LoopIcon className="size-6 text-accent" />
          <span className="text-lg">LoopLab</span>
        </Link>
        <nav aria-label="Site" className="ml-auto flex items-center gap-1 text-sm">
          <Link
            href="/#course"
            className="rounded-md px-3 py-2 text-ink-muted hover:bg-surface hover:text-ink"
          >
            Course
          </Link>
          <Link
            href="/playground"
            className="rounded-md px-3 py-2 text-ink-muted hover:bg-surface hover:text-ink"
          >
            Playground
          </Link>
          <ThemeToggle />
        </nav>
      </div>
    </header>
  )
}
