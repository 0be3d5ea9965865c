import { getSingletonHighlighter } from 'shiki'

/** Python highlighted at build time with the lesson themes (server component, no client JS). */
export async function HighlightedCode({ code, label }: { code: string; label: string }) {
  const highlighter = await getSingletonHighlighter({
    themes: ['github-light-default', 'github-dark-default'],
    langs: ['python'],
  })
  const html = highlighter.codeToHtml(code, {
    lang: 'python',
    themes: { light: 'github-light-default', dark: 'github-dark-default' },
    defaultColor: false,
  })
  return <div aria-label={label} role="group" dangerouslySetInnerHTML={{ __html: html }} />
}
