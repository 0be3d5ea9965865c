'use client'

import { usePathname } from 'next/navigation'
import { useEffect, useId, useState, type ReactNode } from 'react'
import { CloseIcon, MenuIcon } from '@/components/ui/icons'

/**
 * On phones and tablets the course sidebar folds into this menu. It closes itself when the reader
 * picks a lesson (the path changes) or presses Escape.
 */
export function MobileCourseMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false)
  const [openedAt, setOpenedAt] = useState<string | null>(null)
  const pathname = usePathname()
  const panelId = useId()

  // Navigating away closes the menu: derived from state instead of an effect that sets state.
  const isOpen = open && openedAt === pathname

  useEffect(() => {
    if (!isOpen) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [isOpen])

  return (
    <div className="lg:hidden">
      <button
        type="button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!isOpen)
          setOpenedAt(pathname)
        }}
        className="flex w-full items-center gap-2 rounded-md border border-line px-3 py-2 text-sm font-medium hover:bg-surface"
      >
        {isOpen ? <CloseIcon className="size-4" /> : <MenuIcon className="size-4" />}
        <span>{label}</span>
      </button>
      <div
        id={panelId}
        hidden={!isOpen}
        className="mt-2 rounded-lg border border-line bg-page p-2 shadow-lg"
      >
        {children}
      </div>
    </div>
  )
}
