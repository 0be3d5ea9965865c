'use client'

/**
 * The workspace's terminal: xterm.js, sized to its box by the fit addon, in the site's colours
 * (read from the theme's CSS variables, and again when the theme changes). It hands its size
 * and keys to the caller and takes text to show through the `ref`.
 */
import { FitAddon } from '@xterm/addon-fit'
import { Terminal, type ITheme } from '@xterm/xterm'
import '@xterm/xterm/css/xterm.css'
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react'
import type { TerminalSink } from '@/lib/workspace/shell'

export type TerminalHandle = TerminalSink & { focus(): void }

function siteTheme(): ITheme {
  const style = getComputedStyle(document.documentElement)
  const read = (name: string) => style.getPropertyValue(name).trim()
  return {
    background: read('--code-bg') || read('--page'),
    foreground: read('--ink'),
    cursor: read('--accent'),
    selectionBackground: read('--accent-soft'),
    blue: read('--accent'),
    brightBlue: read('--accent'),
    red: read('--danger'),
  }
}

export function TerminalView({
  label,
  onData,
  onResize,
  ref,
}: {
  label: string
  onData(data: string): void
  onResize(cols: number, rows: number): void
  ref: Ref<TerminalHandle>
}) {
  const host = useRef<HTMLDivElement>(null)
  const terminal = useRef<Terminal | null>(null)
  const latest = useRef({ onData, onResize })
  useEffect(() => {
    latest.current = { onData, onResize }
  })

  useImperativeHandle(ref, () => ({
    write: (text) => terminal.current?.write(text),
    clear: () => terminal.current?.clear(),
    focus: () => terminal.current?.focus(),
  }))

  useEffect(() => {
    const parent = host.current
    if (!parent) return
    const term = new Terminal({
      convertEol: false,
      cursorBlink: true,
      fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
      fontSize: 13,
      theme: siteTheme(),
      screenReaderMode: false,
    })
    const fit = new FitAddon()
    term.loadAddon(fit)
    term.open(parent)
    term.textarea?.setAttribute('aria-label', label)
    terminal.current = term
    const fitNow = () => {
      try {
        fit.fit()
      } catch {
        return // not laid out yet
      }
      latest.current.onResize(term.cols, term.rows)
    }
    fitNow()
    const data = term.onData((text) => latest.current.onData(text))
    const resize = new ResizeObserver(fitNow)
    resize.observe(parent)
    const theme = new MutationObserver(() => (term.options.theme = siteTheme()))
    theme.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
    return () => {
      theme.disconnect()
      resize.disconnect()
      data.dispose()
      term.dispose()
      terminal.current = null
    }
  }, [label])

  return <div ref={host} className="h-full min-h-48 w-full" data-testid="workspace-terminal" />
}
