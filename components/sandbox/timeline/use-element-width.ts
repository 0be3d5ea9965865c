'use client'

import { useLayoutEffect, useState, type RefObject } from 'react'

/** The element's width, kept current as the layout changes (0 until first measured visible). */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    // A hidden element measures 0: keep the last real width, so hiding never relayouts.
    const measure = () => {
      const width = Math.floor(element.getBoundingClientRect().width)
      if (width > 0) setWidth(width)
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return width
}
