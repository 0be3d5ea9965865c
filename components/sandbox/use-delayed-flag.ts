'use client'

import { useEffect, useState } from 'react'

/** `flag`, but turning true only after it has stayed true for `delayMs` (no flicker on fast runs). */
export function useDelayedFlag(flag: boolean, delayMs: number): boolean {
  const [late, setLate] = useState(false)
  useEffect(() => {
    if (!flag) return
    const timer = setTimeout(() => setLate(true), delayMs)
    return () => {
      clearTimeout(timer)
      setLate(false)
    }
  }, [flag, delayMs])
  return flag && late
}
