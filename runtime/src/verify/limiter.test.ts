import { describe, expect, it } from 'vitest'
import { createLimiter } from './limiter'

describe('createLimiter', () => {
  it('never runs more than the limit at once, and runs everything in order', async () => {
    const limited = createLimiter(2)
    let active = 0
    let peak = 0
    const started: number[] = []
    const task = (id: number) => async () => {
      started.push(id)
      active++
      peak = Math.max(peak, active)
      await new Promise((resolve) => setTimeout(resolve, id % 3))
      active--
      return id
    }
    const ids = Array.from({ length: 12 }, (_, i) => i)
    expect(await Promise.all(ids.map((id) => limited(task(id))))).toEqual(ids)
    expect(peak).toBe(2)
    expect(started).toEqual(ids)
  })

  it('frees the slot when a task throws', async () => {
    const limited = createLimiter(1)
    await expect(limited(() => Promise.reject(new Error('no')))).rejects.toThrow('no')
    expect(await limited(async () => 'next')).toBe('next')
  })
})
