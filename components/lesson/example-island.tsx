'use client'

import type { ReactNode } from 'react'
import { Sandbox } from '@/components/sandbox/sandbox'
import { exampleCodeKey } from '@/components/sandbox/storage/saved-code'
import type { LessonExample } from '@looplab/runtime/content'

/**
 * The interactive part of an <Example>: a live sandbox in the frame the server rendered. The
 * highlighted code and the expected output (rendered at build time) show first; the editor and
 * the runtime arrive lazily, and each replaces its placeholder in place, so the page never shifts.
 */
export type ExampleIslandProps = {
  example: LessonExample
  lessonId: string
  /** Shiki-highlighted code, rendered at build time. */
  code: ReactNode
  /** The expected output, rendered at build time. */
  output: ReactNode
}

export function ExampleIsland({ example, lessonId, code, output }: ExampleIslandProps) {
  return (
    <Sandbox
      original={example.code}
      storageKey={exampleCodeKey(lessonId, example.name)}
      label={`Code of example ${example.name}`}
      example={example}
      staticCode={code}
      staticOutput={output}
      title={
        <a
          href={`#${example.anchor}`}
          className="truncate rounded font-mono text-xs text-ink-muted hover:text-ink"
        >
          {example.name}
        </a>
      }
    />
  )
}
