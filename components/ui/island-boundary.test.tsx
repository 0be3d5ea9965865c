import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { IslandBoundary, IslandFallback } from './island-boundary'

describe('IslandBoundary', () => {
  it('turns whatever was thrown into an Error to show', () => {
    expect(IslandBoundary.getDerivedStateFromError(new TypeError('boom')).error?.message).toBe(
      'boom',
    )
    expect(IslandBoundary.getDerivedStateFromError('text').error?.message).toBe('text')
  })

  it('renders its children while nothing failed', () => {
    const html = renderToStaticMarkup(
      <IslandBoundary label="This example">
        <p>inside</p>
      </IslandBoundary>,
    )
    expect(html).toBe('<p>inside</p>')
  })

  it('says what stopped working, as an alert with a Reset, the message as text', () => {
    const html = renderToStaticMarkup(
      <IslandFallback label="The timeline" error={new Error('<b>x</b>')} onReset={() => {}} />,
    )
    expect(html).toContain('role="alert"')
    expect(html).toContain('The timeline stopped working')
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;')
    expect(html).toContain('>Reset</button>')
  })
})
