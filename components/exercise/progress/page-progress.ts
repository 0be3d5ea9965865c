/** The page's one ProgressStore, bound to this browser's storage, network and clock. */
import { browserStorage, storageKeys } from '@/components/storage/browser-storage'
import { ProgressStore } from './progress-store'

let store: ProgressStore | null = null

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
      if (event.key === null || event.key === storageKeys.progress) created.reloadLocal()
    })
    store = created
  }
  return store
}
