/**
 * At most `limit` tasks at once; the rest wait their turn in order. A finishing task hands its
 * slot straight to the next waiter, so a newcomer can never slip in between and exceed the limit.
 */
export function createLimiter(limit: number) {
  let active = 0
  const waiting: (() => void)[] = []
  return async function limited<T>(task: () => Promise<T>): Promise<T> {
    if (active < limit) active++
    else await new Promise<void>((resolve) => waiting.push(resolve))
    try {
      return await task()
    } finally {
      const next = waiting.shift()
      if (next) next()
      else active--
    }
  }
}
