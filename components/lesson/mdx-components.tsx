/**
 * The registry of components a compiled lesson may render. Keys are typed against the names the
 * loader accepts, so adding a component to the content format without rendering it (or the other
 * way round) is a type error.
 */
import type { JSX } from 'react'
import type { LessonComponentName } from '@looplab/runtime/content'
import { Example } from './example'
import { Exercise, ExerciseStarter } from './exercise'
import { SectionHeading, SubsectionHeading } from './headings'
import { LessonLink, LessonTable } from './lesson-link'
import { Note } from './note'
import { Pitfall } from './pitfall'

type Renderable = (props: never) => JSX.Element

const authored = { Example, Exercise, Note, Pitfall } satisfies Record<
  LessonComponentName,
  Renderable
>

export const lessonComponents = {
  ...authored,
  // Injected by the remark plugin around an exercise's starter.py.
  ExerciseStarter,
  h2: SectionHeading,
  h3: SubsectionHeading,
  a: LessonLink,
  table: LessonTable,
} satisfies Record<string, Renderable>

export type LessonComponents = typeof lessonComponents
