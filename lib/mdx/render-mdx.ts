/**
 * Evaluates mdx-bundler output on the server with the app's own React, so the compiled lesson
 * renders as server components (no MDX runtime in the browser). The component registry is the
 * caller's (components/lesson/mdx-components.tsx): lib/ knows no component.
 */
import type { ReactNode } from 'react'
import * as React from 'react'
import * as jsxRuntime from 'react/jsx-runtime'
type MdxContent<Components> = (props: { components: Components }) => ReactNode

export function renderMdx<Components extends object>(
  code: string,
  components: Components,
): ReactNode {
  // mdx-bundler emits an IIFE body that expects these three globals and returns the module.
  const evaluate = new Function('React', 'ReactDOM', '_jsx_runtime', code) as (
    react: typeof React,
    reactDom: Record<string, never>,
    runtime: typeof jsxRuntime,
  ) => { default: MdxContent<Components> }
  // The MDX content function is pure (no hooks): calling it yields the element tree.
  return evaluate(React, {}, jsxRuntime).default({ components })
}
