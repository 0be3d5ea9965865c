/** The page's one ProgressStore, bound to this browser's storage, network and clock. */
import { ProgressStore } from './progress-store'

let store: ProgressStore | null = null

function browserStorage() {
  try {
    return globalThis.localStorage ?? null
  } catch {
    return null // some privacy settings throw on access
  }
}

export function pageProgress(): ProgressStore {
  if (!store) {
    const created = new ProgressStore({
      storage: browserStorage(),
      fetch: (input, init) => globalThis.fetch(input, init),
      now: () => new Date(),
      schedule: (retry, ms) => void setTimeout(retry, ms),
    })
    window.addEventListener('online', () => void created.flush())
    window.addEventListener('storage', (event) => {
      if (event.key === null || event.key.startsWith('looplab:progress')) created.reloadLocal()
    })
    store = created
  }
  return store
}
