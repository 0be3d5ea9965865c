/**
 * Runs in <head> before first paint: applies the reader's saved theme, else the system's, so a
 * dark-mode reader never sees a white flash. Inline (same-origin by definition), so COEP is moot.
 */
import { legacyKeys, storageKeys } from '@/components/storage/browser-storage'

export const themeScript = `(function(){try{var s=localStorage.getItem('${storageKeys.theme}')||localStorage.getItem('${legacyKeys.theme}');var d=s==='dark'||(s!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches);document.documentElement.dataset.theme=d?'dark':'light'}catch(e){}})()`
