/**
 * Evaluates mdx-bundler output on the server with the app's own React, so the compiled lesson
 * renders as server components (no MDX runtime in the browser).
 */
import type { ReactNode } from 'react'
import * as React from 'react'
import * as jsxRuntime from 'react/jsx-runtime'
import type { LessonComponents } from '@/components/lesson/mdx-components'

type MdxContent = (props: { components: LessonComponents }) => ReactNode

export function renderMdx(code: string, components: LessonComponents): ReactNode {
  // mdx-bundler emits an IIFE body that expects these three globals and returns the module.
  const evaluate = new Function('React', 'ReactDOM', '_jsx_runtime', code) as (
    react: typeof React,
    reactDom: Record<string, never>,
    runtime: typeof jsxRuntime,
  ) => { default: MdxContent }
  // The MDX content function is pure (no hooks): calling it yields the element tree.
  return evaluate(React, {}, jsxRuntime).default({ components })
}
