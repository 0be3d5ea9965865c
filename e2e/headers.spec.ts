import { expect, test } from './support/fixtures'
import { course, lessonPath } from './support/course'

const isolation = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
}

test('pages and every asset they load carry the cross-origin isolation headers', async ({
  page,
  baseURL,
  pageWatch,
}) => {
  pageWatch.allow(/^HTTP 404: .*\/no-such-page$/, 'the 404 page is opened on purpose')
  pageWatch.allow(
    /^console error: Failed to load resource: the server responded with a status of 404 .*\/no-such-page\)$/,
    'the browser logs the 404 of the page itself',
  )
  const { lessons } = await course()
  const paths = ['/', ...(lessons[0] ? [lessonPath(lessons[0])] : []), '/no-such-page']
  const seen = new Map<string, Record<string, string>>()
  page.on('response', (response) => {
    if (baseURL && response.url().startsWith(baseURL)) {
      seen.set(response.url(), response.headers())
    }
  })
  for (const path of paths) await page.goto(path, { waitUntil: 'networkidle' })

  const urls = [...seen.keys()]
  // Documents, scripts, styles and fonts all came through (same origin), and all are isolated.
  for (const kind of [/\.js(\?|$)/, /\.css(\?|$)/, /\.woff2(\?|$)/]) {
    expect(
      urls.some((u) => kind.test(u)),
      `an asset matching ${kind}`,
    ).toBe(true)
  }
  for (const [url, headers] of seen) {
    for (const [name, value] of Object.entries(isolation)) {
      expect(headers[name], `${name} on ${url}`).toBe(value)
    }
  }
})
