import type { ReactNode } from 'react'
import type { LessonExample } from '@looplab/runtime/content'
import { IslandBoundary } from '@/components/ui/island-boundary'
import { ExampleIsland } from './example-island'
import { ExpectedOutput } from './expected-output'

export type ExampleProps = {
  example: LessonExample
  lessonId: string
  /** The python fence, highlighted at build time (the remark plugin keeps only that child). */
  children?: ReactNode
}

/** A runnable example: its code and the output a real run produces (checked by `looplab verify`). */
export function Example({ example, lessonId, children }: ExampleProps) {
  return (
    <figure
      id={example.anchor}
      data-example={example.name}
      data-lesson={lessonId}
      data-expected-status={example.expected.status}
      aria-label={`Example ${example.name}`}
      className="not-prose example-frame my-6 scroll-mt-20 overflow-hidden rounded-lg border border-line bg-surface"
    >
      <IslandBoundary label="This example">
        <ExampleIsland
          example={example}
          lessonId={lessonId}
          code={children}
          output={<ExpectedOutput example={example} />}
        />
      </IslandBoundary>
    </figure>
  )
}
