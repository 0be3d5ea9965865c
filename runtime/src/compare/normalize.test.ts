import { describe, expect, it } from 'vitest'
import { normalizeOutput, outputLines } from './normalize'

describe('outputLines', () => {
  it('ignores trailing whitespace on each line and newlines at the end', () => {
    expect(outputLines('a  \nb\t\n\n\n')).toEqual(['a', 'b'])
    expect(outputLines('a\r\nb\r\n')).toEqual(['a', 'b'])
  })

  it('keeps everything else: leading spaces, inner blank lines, leading blank lines', () => {
    expect(outputLines('\n  a\n\nb')).toEqual(['', '  a', '', 'b'])
    expect(outputLines('a\tb')).toEqual(['a\tb'])
  })

  it('treats an empty output and one of blank lines alike', () => {
    expect(outputLines('')).toEqual([])
    expect(outputLines(' \n\n')).toEqual([])
  })
})

describe('normalizeOutput', () => {
  it('joins the compared lines without a final newline', () => {
    expect(normalizeOutput('x \ny\n')).toBe('x\ny')
  })
})
