'use client'

import { useEffect, useState } from 'react'
import { CheckIcon, CopyIcon } from './icons'

/** Copies `text` to the clipboard and says so (visibly and to screen readers). */
export function CopyButton({ text, label = 'Copy code' }: { text: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')

  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 2000)
    return () => clearTimeout(timer)
  }, [state])

  async function copy() {
    try {
      await navigator.clipboard.writeText(text)
      setState('copied')
    } catch {
      setState('failed')
    }
  }

  const message = state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : ''
  return (
    <button
      type="button"
      onClick={copy}
      className="inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-xs font-medium text-ink-muted hover:bg-page hover:text-ink"
    >
      {state === 'copied' ? <CheckIcon className="size-3.5" /> : <CopyIcon className="size-3.5" />}
      <span>{message || label}</span>
      <span className="sr-only" role="status">
        {message}
      </span>
    </button>
  )
}
