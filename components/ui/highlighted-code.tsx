import { getSingletonHighlighter } from 'shiki'
import { codeThemes } from '@/lib/mdx/shiki-options'

/** Python highlighted at build time with the lesson themes (server component, no client JS). */
export async function HighlightedCode({ code, label }: { code: string; label: string }) {
  const highlighter = await getSingletonHighlighter({
    themes: Object.values(codeThemes),
    langs: ['python'],
  })
  const html = highlighter.codeToHtml(code, {
    lang: 'python',
    themes: codeThemes,
    defaultColor: false,
  })
  return <div aria-label={label} role="group" dangerouslySetInnerHTML={{ __html: html }} />
}
