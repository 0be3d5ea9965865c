'use client'

import { useState } from 'react'
import { ShareIcon } from '@/components/ui/icons'
import { shareHash } from '../share/share-code'

/** Links longer than this get cut by some chat apps and mail clients. */
const longLink = 8000

type Shared = { url: string; copied: boolean } | { error: string } | null

/**
 * "Share": the code, compressed into the link's #fragment (never sent to a server), copied to
 * the clipboard and shown in a field, so it can be copied by hand where the clipboard is refused.
 */
export function useShare(code: string) {
  const [shared, setShared] = useState<Shared>(null)
  const share = async () => {
    try {
      const url = `${location.origin}${location.pathname}${await shareHash(code)}`
      let copied = false
      try {
        await navigator.clipboard.writeText(url)
        copied = true
      } catch {
        // Shown in the field instead.
      }
      setShared({ url, copied })
    } catch (error) {
      setShared({ error: error instanceof Error ? error.message : String(error) })
    }
  }
  return { shared, share, close: () => setShared(null) }
}

export function ShareButton({ onShare }: { onShare(): void }) {
  return (
    <button
      type="button"
      onClick={onShare}
      className="inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-xs font-medium text-ink-muted hover:bg-page hover:text-ink"
    >
      <ShareIcon className="size-3.5" />
      Share
    </button>
  )
}

export function SharePanel({ shared, onClose }: { shared: Shared; onClose(): void }) {
  if (!shared) return null
  return (
    <div className="border-b border-line bg-page px-3 py-2 text-sm" data-testid="share-panel">
      {'error' in shared ? (
        <p role="alert" className="text-danger">
          Could not make a link: {shared.error}
        </p>
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor="share-link" className="text-xs font-medium text-ink-muted">
            Link to this code
          </label>
          <input
            id="share-link"
            readOnly
            value={shared.url}
            onFocus={(event) => event.currentTarget.select()}
            className="min-w-0 flex-1 rounded-md border border-line bg-surface px-2 py-1 font-mono text-xs"
            data-testid="share-link"
          />
          <span role="status" className="text-xs text-ink-muted">
            {shared.copied ? 'Copied to the clipboard.' : 'Select the link and copy it.'}
            {shared.url.length > longLink && ' It is long: some apps may cut it.'}
          </span>
          <button
            type="button"
            onClick={onClose}
            className="rounded-md px-2 py-0.5 text-xs font-medium text-ink-muted hover:text-ink"
          >
            Done
          </button>
        </div>
      )}
    </div>
  )
}
