import type { RehypeShikiOptions } from '@shikijs/rehype'

/**
 * Both themes are emitted as CSS variables (--shiki-light / --shiki-dark) and globals.css picks one
 * from the page's theme, so code follows the theme toggle without re-rendering. The "default"
 * GitHub themes keep every token at AA contrast on our code backgrounds (theme-contrast.test.ts).
 */
export const codeThemes = { light: 'github-light-default', dark: 'github-dark-default' } as const

export const shikiOptions: RehypeShikiOptions = {
  themes: codeThemes,
  defaultColor: false,
  langs: ['python', 'shellscript', 'console', 'json', 'toml'],
  langAlias: { py: 'python', sh: 'shellscript', bash: 'shellscript', shell: 'shellscript' },
  defaultLanguage: 'text',
  fallbackLanguage: 'text',
  addLanguageClass: true,
}
