import type { GradeResult } from '@looplab/runtime'
import { renderToStaticMarkup } from 'react-dom/server'
import { expect, it } from 'vitest'
import { GradeReport } from './grade-report'

const hostile =
  '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>' +
  '\x1b[31mred\x1b[0m safe\rEVIL access\u202E\u2066 admin\u2069 zero\u200Bwidth'

it('shows the learner’s output and messages as text, controls and bidi characters marked', () => {
  const grade: GradeResult = {
    version: 3,
    status: 'fail',
    message: `The program failed: ${hostile}`,
    tests: [
      { name: 'runs', status: 'pass' },
      {
        name: `prints ${hostile}`,
        status: 'fail',
        message: `expected "done", got ${hostile}\n${'m'.repeat(1_000_000)}`,
        output: hostile,
      },
    ],
  }
  const html = renderToStaticMarkup(<GradeReport grade={grade} />)
  const allowed = new Set(['div', 'p', 'span', 'ol', 'li', 'details', 'summary', 'pre', 'button'])
  for (const [, name = '', attributes = ''] of html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)) {
    expect(allowed.has(name) || ['svg', 'path', 'circle'].includes(name), `<${name}>`).toBe(true)
    // Values are escaped (a quote is &quot;): every name="…" pair is one attribute of React's.
    const names = [...attributes.matchAll(/\s([\w:-]+)(?:="[^"]*")?/g)].map((m) => m[1])
    expect(names.filter((attr) => /^(on|href$|src$|style$)/i.test(attr ?? ''))).toEqual([])
  }
  for (const char of ['\x1b', '\r', '\u202E', '\u2066', '\u2069', '\u200B'])
    expect(html).not.toContain(char)
  // message, name, test message, output: each shows every marker.
  expect(html.match(/⟨U\+202E⟩/g)).toHaveLength(4)
  expect(html.match(/>␛<\/span>\[31mred/g)).toHaveLength(4)
  expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;')
  // A megabyte-long message is cut, with a button for the rest.
  expect(html.length).toBeLessThan(40_000)
  expect(html).toMatch(/… [\d,]+ more characters/)
})
