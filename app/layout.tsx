import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { OfflineSupport } from '@/components/layout/offline-support'
import { SiteFooter } from '@/components/layout/site-footer'
import { SiteHeader } from '@/components/layout/site-header'
import { SkipLink } from '@/components/layout/skip-link'
import { themeScript } from '@/components/layout/theme-script'
import { inter } from './fonts'
import './globals.css'

export const metadata: Metadata = {
  title: { default: 'LoopLab — learn asyncio by running it', template: '%s · LoopLab' },
  description:
    "A course on Python's asyncio where every example runs in your browser, under a virtual clock, and every printed output is checked against a real run.",
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0d1117' },
  ],
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The inline script sets data-theme before paint; React must not undo it on hydration.
    <html lang="en" className={inter.variable} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="flex min-h-dvh flex-col bg-page text-ink">
        <SkipLink />
        <SiteHeader />
        <div className="flex flex-1 flex-col">{children}</div>
        <SiteFooter />
        <OfflineSupport />
      </body>
    </html>
  )
}
