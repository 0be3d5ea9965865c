import { describe, expect, it } from 'vitest'
import type { GradeResult } from '../../types'
import { submissionRow, summaryCsv } from './summary'

const failed: GradeResult = {
  version: 3,
  status: 'fail',
  message: null,
  tests: [
    { name: 'runs', status: 'pass' },
    { name: 'says "hi", politely', status: 'fail', message: 'Line 1 should be `hi,\nthere`.' },
    { name: 'later', status: 'fail', message: 'Short.' },
  ],
}

describe('the batch summary', () => {
  it('has one row per submission with the first failing test and its message', () => {
    expect(submissionRow('ana.py', failed)).toMatchObject({
      file: 'ana.py',
      status: 'fail',
      passed: 1,
      total: 3,
      firstFailure: { test: 'says "hi", politely', message: 'Line 1 should be `hi,\nthere`.' },
    })
    const error: GradeResult = { version: 3, status: 'error', message: 'syntax', tests: [] }
    expect(submissionRow('ben.py', error).firstFailure).toEqual({
      test: '(could not be graded)',
      message: 'syntax',
    })
  })

  it('writes RFC 4180 CSV: quotes, commas and line breaks quoted, quotes doubled', () => {
    const csv = summaryCsv([submissionRow('ana.py', failed)])
    expect(csv).toBe(
      'file,status,passed,total,first_failing_test,message\r\n' +
        'ana.py,fail,1,3,"says ""hi"", politely","Line 1 should be `hi,\nthere`."\r\n',
    )
  })
})
