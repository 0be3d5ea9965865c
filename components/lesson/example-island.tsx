'use client'

import type { ReactNode } from 'react'
import { CopyButton } from '@/components/ui/copy-button'
import type { LessonExample } from '@/runtime/src/content'

/**
 * The interactive part of an <Example>. It receives everything a live sandbox needs — the example
 * (code, expected output and status, flags), the lesson id, and the server-rendered code and output
 * — and today renders the static views with a copy button. The sandbox swaps the `code` slot for an
 * editor and `output` for run results inside this same frame, so the page does not shift.
 */
export type ExampleIslandProps = {
  example: LessonExample
  lessonId: string
  /** Shiki-highlighted code, rendered at build time. */
  code: ReactNode
  /** The expected output, rendered at build time. */
  output: ReactNode
}

export function ExampleIsland({ example, code, output }: ExampleIslandProps) {
  return (
    <>
      <div className="flex items-center justify-between gap-2 border-b border-line px-3 py-1.5">
        <a
          href={`#${example.anchor}`}
          className="truncate rounded font-mono text-xs text-ink-muted hover:text-ink"
        >
          {example.name}
        </a>
        <CopyButton text={example.code} />
      </div>
      <div data-slot="code">{code}</div>
      <div data-slot="output">{output}</div>
    </>
  )
}
