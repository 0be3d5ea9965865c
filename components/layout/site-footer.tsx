import Link from 'next/link'

export function SiteFooter() {
  return (
    <footer className="border-t border-line">
      <div className="mx-auto flex max-w-[90rem] flex-col gap-2 px-4 py-6 text-sm text-ink-muted sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>
          LoopLab — learn Python&apos;s <code className="font-mono">asyncio</code> by running it.
        </p>
        <p>
          <Link href="/#course" className="underline underline-offset-4 hover:text-ink">
            Course outline
          </Link>
        </p>
      </div>
    </footer>
  )
}
