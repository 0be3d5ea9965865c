/**
 * The observe and judge requests as every engine prepares them, and how their answers (or an
 * engine's failure) become the caller's: never a rejection for anything the program does.
 */
import { describe, expect, it } from 'vitest'
import { engineFailure, forcedStopResult } from '../engines/results'
import { judgeFailedRun, parseJudgeAnswer, prepareJudge } from './judge-request'
import { parseObservation, prepareObserve } from './observe-request'

const noStop = { timedOut: false, wallMs: 10_000 }

describe('prepareObserve', () => {
  it('is a run request with `observe` first and a 10 s default wall limit', () => {
    const prepared = prepareObserve(
      { 'main.py': 'print(1)' },
      'from looplab_probes import scenario',
    )
    expect(prepared.wallMs).toBe(10_000)
    expect(Object.keys(prepared.request)[0]).toBe('observe')
    expect(prepared.request).toMatchObject({
      entry: 'main.py',
      observe: { probes: 'from looplab_probes import scenario' },
    })
    expect(prepareObserve({ 'main.py': '' }, null).request.observe).toEqual({ probes: null })
  })

  it('refuses empty probes and realtime', () => {
    expect(() => prepareObserve({ 'main.py': '' }, ' ')).toThrow(/non-empty/)
    expect(() => prepareObserve({ 'main.py': '' }, null, { realtime: true })).toThrow(
      /virtual time/,
    )
  })
})

describe('parseObservation', () => {
  it('turns a malformed answer into a failed observation naming the problem', () => {
    for (const json of ['not json', '{"run": {}}']) {
      const observed = parseObservation(json, 'py', noStop)
      expect(observed.kind).toBe('failed')
      if (observed.kind === 'failed') {
        expect(observed.run.stderr).toMatch(
          /^LoopLab: the Python runtime failed: the harness answered/,
        )
      }
    }
  })
})

describe('the judge request', () => {
  const observation = JSON.parse(
    '{"run": {"status": "ok", "exitCode": 0, "stdout": "", "stderr": "", "events": [], "virtualSeconds": 0, "wallMs": 0, "timeline": [], "diagnostics": [], "python": "py"}, "uncaught": null, "leftPending": [], "probes": [], "interrupted": false, "probesError": null}',
  )

  it('holds only the judge key, and refuses a request it cannot judge', () => {
    const request = { checks: 'x', observation, files: { 'main.py': '' }, entry: 'main.py' }
    expect(Object.keys(prepareJudge(request).request)).toEqual(['judge'])
    expect(() => prepareJudge({ ...request, checks: '' })).toThrow(/checks/)
    expect(() => prepareJudge({ ...request, entry: 'other.py' })).toThrow(/entry/)
  })

  it('turns a slow, failed or malformed judge into an error grade', () => {
    const slow = parseJudgeAnswer('{}', { timedOut: true, wallMs: 10_000 })
    expect(slow.message).toBe(
      'Your code could not be graded: the grader did not finish within 10 s of real time.',
    )
    expect(parseJudgeAnswer('{"grade": 1}', noStop).message).toMatch(
      /^Your code could not be graded: the grader failed: the judge answered with a malformed grade/,
    )
    const crashed = judgeFailedRun(engineFailure('the worker crashed', 'py'), noStop)
    expect(crashed.message).toBe(
      'Your code could not be graded: the grader failed: the worker crashed.',
    )
    const stopped = forcedStopResult('py', {
      timedOut: false,
      wallLimitMs: 10_000,
      wallMs: 5,
      reason: 'ignored',
    })
    expect(judgeFailedRun(stopped, noStop).message).toBe(
      'Grading was interrupted before it finished.',
    )
  })
})
