'use client'

import { useLayoutEffect, useSyncExternalStore } from 'react'
import { MoonIcon, SunIcon } from '@/components/ui/icons'
import { legacyKeys, readItem, storageKeys, writeItem } from '@/components/storage/browser-storage'

type Theme = 'light' | 'dark'

function systemTheme(): Theme {
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

function savedTheme(): Theme | null {
  const saved = readItem(storageKeys.theme) ?? readItem(legacyKeys.theme)
  return saved === 'dark' || saved === 'light' ? saved : null
}

function applyTheme(theme: Theme) {
  document.documentElement.dataset.theme = theme
}

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
  // With no saved choice the site keeps following the system, live.
  const media = matchMedia('(prefers-color-scheme: dark)')
  const followSystem = () => {
    if (!savedTheme()) applyTheme(systemTheme())
  }
  media.addEventListener('change', followSystem)
  return () => {
    observer.disconnect()
    media.removeEventListener('change', followSystem)
  }
}

const currentTheme = (): Theme | null =>
  document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light'

export function ThemeToggle() {
  // null on the server: the label only becomes specific once the real theme is known.
  const theme = useSyncExternalStore(subscribe, currentTheme, () => null)

  // React resets <html> attributes on a development remount; put the theme back before paint.
  useLayoutEffect(() => applyTheme(savedTheme() ?? systemTheme()), [])

  function toggle() {
    const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark'
    applyTheme(next)
    // Refused (private mode): the switch still works for this page.
    writeItem(storageKeys.theme, next)
  }

  const label = theme ? `Switch to ${theme === 'dark' ? 'light' : 'dark'} theme` : 'Switch theme'
  return (
    <button
      type="button"
      onClick={toggle}
      aria-label={label}
      title={label}
      data-testid="theme-toggle"
      className="inline-flex size-10 items-center justify-center rounded-md text-ink-muted hover:bg-surface hover:text-ink"
    >
      <SunIcon className="size-5 dark:hidden" />
      <MoonIcon className="hidden size-5 dark:block" />
    </button>
  )
}
