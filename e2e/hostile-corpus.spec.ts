/**
 * HOSTILE CORPUS — BROWSER PATH. Every program of security/hostile/programs whose `paths` include
 * `browser` runs in the page's Python worker the way a reader runs code: typed into /playground's
 * editor, then Run. What the page shows is the answer: the run's status (the output panel's
 * `run-status` badge) must be one `run.status` accepts; a run that ends `ok` must show
 * `run.mustPrint` (in the visible form the page gives control and bidi characters, safe-text.ts);
 * no output line may say `ESCAPED`. The observers are OUTSIDE the page: a TCP listener on
 * 127.0.0.1 (its port substituted into the program) that must get no connection, a canary path on
 * this machine, the run's secret (which the browser process has in its environment), and the
 * browser's own log of every request the page and its workers made while the programs ran: only
 * the site's own assets may appear there (Pyodide's files, the runtime's worker, the app's
 * chunks). The page must also open no dialog, log no error that says a program reached
 * JavaScript, raise no uncaught error, keep its title, and hold no markup a program put there
 * (script, iframe, inline handlers, javascript: links) in the sandbox.
 *
 * Persistence pairs: the plant, then the victim, in the same page and worker (as a reader runs one
 * program after another): the victim must end `ok` and print exactly its normal `run.stdout`.
 *
 * Fast enough for `npm test`: the programs are split into a few shards of about equal cost, one
 * test (one page, one Python) each, so Playwright's two workers share them; the page is never
 * reloaded between programs. A program that cannot be typed reliably (CodeMirror must end up
 * holding exactly its text) comes in through a share link instead (`/playground#code=…`), which
 * must be clicked to run and runs in a worker that is replaced afterwards: never a pair's program,
 * which must share its worker. Failures are holes to close, never expectations to relax
 * (security/hostile/README.md).
 */
import { expect, test, type Locator, type Page } from '@playwright/test'
import { deflateRawSync } from 'node:zlib'
import { visibleText } from '../components/sandbox/output/safe-text'
import { shareParameter } from '../components/sandbox/share/share-code'
import { playgroundCodeKey } from '../components/sandbox/storage/saved-code'
import { escapeMarker, printsExpected, type HostileProgram } from '../security/hostile/corpus'
import type { Observers } from '../security/hostile/observers'
import { corpusFor, escapes, hostileObservers, short } from './support/hostile'
import { openHydrated } from './support/page-problems'
import {
  bootTimeout,
  editorOf,
  editorText,
  playgroundSandbox,
  waitForPython,
} from './support/sandbox'

const { attacks, pairs } = corpusFor('browser')
/** Tests (pages) the programs are split into: Playwright's two workers take two at a time. */
const shardCount = Number(process.env.LOOPLAB_HOSTILE_SHARDS) || 4
/** A safe page ends any run within its 5 s wall-clock limit (plus a reboot after a forced stop). */
const runTimeoutMs = 60_000
/** Same-origin paths the page may request while programs run: its own static assets (Pyodide's
 *  files, the runtime's worker, the app's chunks, and the icon, asked for again when a share
 *  link changes the fragment). */
const assetPaths = [
  /^\/pyodide\//,
  /^\/runtime\//,
  /^\/_next\/static\//,
  /^\/(?:icon|apple-icon|favicon)\b[^/]*$/,
]
/** LOOPLAB_HOSTILE_VIA_LINK=regex: send these programs through a share link (to test that way). */
const viaLink = process.env.LOOPLAB_HOSTILE_VIA_LINK
  ? new RegExp(process.env.LOOPLAB_HOSTILE_VIA_LINK)
  : null

// ---- Splitting the corpus ------------------------------------------------------------------

type Unit = { programs: HostileProgram[]; index: number }

/** Rough seconds a program costs: runaway ones wait for the wall-clock limit. */
function cost(program: HostileProgram): number {
  const { status } = program.run
  if (status.every((each) => each === 'time-limit')) return 7
  if (status.includes('time-limit')) return 4
  if (status.includes('output-limit')) return 2
  return 1
}

function shards(): Unit[][] {
  const units: Unit[] = [
    ...attacks.map((program) => [program]),
    ...pairs.map(({ plant, victim }) => [plant, victim]),
  ].map((programs, index) => ({ programs, index }))
  const weight = (unit: Unit) => unit.programs.reduce((sum, each) => sum + cost(each), 0)
  const bins = Array.from({ length: Math.min(shardCount, units.length) }, () => ({
    units: [] as Unit[],
    weight: 0,
  }))
  // Heaviest first, each to the lightest shard; then back in manifest order within a shard.
  for (const unit of [...units].sort((a, b) => weight(b) - weight(a))) {
    const lightest = bins.reduce((best, bin) => (bin.weight < best.weight ? bin : best))
    lightest.units.push(unit)
    lightest.weight += weight(unit)
  }
  return bins.map((bin) => bin.units.sort((a, b) => a.index - b.index))
}

// ---- Watching the page ---------------------------------------------------------------------

type PageWatch = {
  requests: string[]
  dialogs: string[]
  /** Console errors and warnings, from the page and its workers. */
  console: string[]
  uncaught: string[]
}

function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { requests: [], dialogs: [], console: [], uncaught: [] }
  const seen = new Set<string>()
  const onConsole = (type: string, text: string) => {
    if (type !== 'error' && type !== 'warning') return
    const line = `${type}: ${text}`
    // A worker's message can come both from the page and from the worker.
    if (seen.has(line)) return
    seen.add(line)
    watch.console.push(line)
  }
  page.context().on('request', (request) => watch.requests.push(request.url()))
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss().catch(() => undefined)
  })
  page.on('console', (message) => onConsole(message.type(), message.text()))
  page.on('worker', (worker) => {
    worker.on('console', (message) => onConsole(message.type(), message.text()))
  })
  page.on('pageerror', (error) => watch.uncaught.push(error.message))
  page.on('crash', () => watch.uncaught.push('the page crashed'))
  return watch
}

/** What a page shows after a run, read from its output panel. */
type Shown = {
  /** 'finished': a result is on screen; otherwise why none is. */
  outcome: 'finished' | 'unavailable' | 'no result'
  status: string | null
  stdout: string[]
  stderr: string[]
  /** "… N more lines" between the head and the tail of a long output, if shown. */
  hiddenLines: string | null
  note: string | null
  /** The output panel's whole text (the timeline and notes included), for the observers. */
  text: string
  announcement: string
  /** Markup a program must never get into the page. */
  markup: string[]
  title: string
  ms: number
}

/** Notes every change of the sandbox's run phase, so a run too quick to see is still seen. */
async function armRunWatch(sandbox: Locator): Promise<string | null> {
  return sandbox.evaluate((root) => {
    const holder = root as HTMLElement & { hostileRun?: { changes: number; stop(): void } }
    holder.hostileRun?.stop()
    const state = { changes: 0, stop: () => observer.disconnect() }
    const observer = new MutationObserver((records) => (state.changes += records.length))
    observer.observe(root, { attributes: true, attributeFilter: ['data-run-phase'] })
    holder.hostileRun = state
    return root.querySelector('[data-testid="run-output"]')?.getAttribute('data-run') ?? null
  })
}

/** Waits until the run the Run button started has ended (or `timeoutMs` passed). */
async function runEnded(sandbox: Locator, timeoutMs: number): Promise<boolean> {
  return sandbox.evaluate(
    (root, timeoutMs) =>
      new Promise<boolean>((resolve) => {
        const holder = root as HTMLElement & { hostileRun?: { changes: number } }
        const ended = () => {
          const announcement = root.querySelector('[data-testid="sandbox-announcement"]')
          return (
            (holder.hostileRun?.changes ?? 0) > 0 &&
            root.getAttribute('data-run-phase') === 'idle' &&
            announcement?.textContent !== 'Running…'
          )
        }
        const started = performance.now()
        const check = () => {
          if (ended()) return resolve(true)
          if (performance.now() - started > timeoutMs) return resolve(false)
          setTimeout(check, 25)
        }
        check()
      }),
    timeoutMs,
  )
}

async function readShown(sandbox: Locator, previousRun: string | null): Promise<Omit<Shown, 'ms'>> {
  return sandbox.evaluate((root, previousRun) => {
    const output = root.querySelector('[data-testid="run-output"]')
    const announcement = root.querySelector('[data-testid="sandbox-announcement"]')
    const markup = [
      ...root.querySelectorAll(
        'script, iframe, frame, object, embed, base, meta, link, form, [onerror], [onload], [onclick], [onmouseover], [srcdoc], a[href^="javascript:" i]',
      ),
    ].map((element) => element.outerHTML.slice(0, 200))
    const common = {
      announcement: announcement?.textContent ?? '',
      markup,
      title: document.title,
    }
    if (!output || output.getAttribute('data-run') === previousRun) {
      return {
        outcome: 'unavailable' as const,
        status: null,
        stdout: [],
        stderr: [],
        hiddenLines: null,
        note: null,
        text: '',
        ...common,
      }
    }
    const lines = [...output.querySelectorAll('[data-testid="output-line"]')].map((line) => {
      const shown = line.lastElementChild?.cloneNode(true) as HTMLElement | undefined
      shown
        ?.querySelectorAll('.sr-only, [data-testid="more-characters"]')
        .forEach((element) => element.remove())
      const text = (shown?.textContent ?? '').replace(/\u200b/g, '')
      return { stream: line.getAttribute('data-stream'), text }
    })
    return {
      outcome: 'finished' as const,
      status:
        output.querySelector('[data-testid="run-status"]')?.getAttribute('data-status') ?? null,
      stdout: lines.filter((line) => line.stream === 'stdout').map((line) => line.text),
      stderr: lines.filter((line) => line.stream === 'stderr').map((line) => line.text),
      hiddenLines: output.querySelector('[data-testid="hidden-lines"]')?.textContent ?? null,
      note: output.querySelector('[data-testid="runtime-note"]')?.textContent ?? null,
      text: output.textContent ?? '',
      ...common,
    }
  }, previousRun)
}

/** Clicks Run as a reader does and reads what the page shows once the run has ended. */
async function clickRun(sandbox: Locator): Promise<Shown> {
  const previousRun = await armRunWatch(sandbox)
  const started = performance.now()
  await sandbox.getByTestId('run-button').click()
  let ended = await runEnded(sandbox, runTimeoutMs)
  if (!ended) {
    // A safe page never gets here; stop it so the next programs can still run.
    await sandbox.getByTestId('stop-button').click()
    ended = await runEnded(sandbox, bootTimeout)
  }
  const shown = await readShown(sandbox, previousRun)
  const ms = Math.round(performance.now() - started)
  return { ...shown, outcome: ended ? shown.outcome : 'no result', ms }
}

// ---- Putting a program in the editor --------------------------------------------------------

/** The code the playground keeps for the reader (what a reload would show), once it is saved. */
function savedCode(page: Page): Promise<string | null> {
  return page.evaluate((key) => {
    try {
      const raw = localStorage.getItem(key)
      return raw === null ? null : ((JSON.parse(raw) as { code?: string }).code ?? null)
    } catch {
      return null
    }
  }, playgroundCodeKey)
}

/**
 * Types `code` into the editor as a reader pastes it. True once the editor holds exactly that
 * text: its lines on screen, or (when CodeMirror has not drawn them all) the copy the playground
 * saves for the reader.
 */
async function typeCode(sandbox: Locator, code: string): Promise<boolean> {
  const page = sandbox.page()
  const content = await editorOf(sandbox)
  await content.click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.insertText(code)
  const deadline = Date.now() + 5_000
  while (Date.now() < deadline) {
    if ((await editorText(sandbox)) === code) return true
    if ((await savedCode(page)) === code) return true
    await page.waitForTimeout(50)
  }
  return false
}

/** `/playground#code=z…`: deflate-raw then base64url, as the Share button makes it. */
function shareLink(code: string): string {
  const packed = deflateRawSync(Buffer.from(code, 'utf8')).toString('base64url')
  return `/playground#${shareParameter}=z${packed}`
}

/** Opens `code` through a share link (no reload: the fragment changes), shown but not run. */
async function openShared(sandbox: Locator, code: string): Promise<boolean> {
  const page = sandbox.page()
  await page.evaluate(
    (hash) => {
      location.hash = hash
    },
    shareLink(code).split('#')[1] ?? '',
  )
  const notice = sandbox.getByTestId('shared-notice')
  try {
    await expect(notice).toContainText('It has not run', { timeout: 10_000 })
  } catch {
    return false
  }
  return true
}

/** Leaves a shared program: the reader's own code again, and the page's usual worker. */
async function leaveShared(sandbox: Locator): Promise<void> {
  await sandbox.getByRole('button', { name: 'Back to your own code' }).click()
  await expect(sandbox.getByTestId('shared-notice')).toHaveCount(0)
}

// ---- Judging --------------------------------------------------------------------------------

type Context = {
  page: Page
  sandbox: Locator
  watch: PageWatch
  origin: string
  title: string
}

type Ran = { program: HostileProgram; shown: Shown; via: 'typed' | 'link' }

/** The lines a program's expected stdout is shown as. */
function shownLines(stdout: string): string[] {
  const lines = stdout.split('\n')
  if (lines.at(-1) === '') lines.pop()
  return lines.map((line) => visibleText(line))
}

function judgeRun(ran: Ran, problems: string[]): void {
  const { program, shown } = ran
  const what = `run ${program.file}${ran.via === 'link' ? ' (through a share link)' : ''}`
  const seen =
    `(stdout: ${JSON.stringify(short(shown.stdout.join('\n')))}; ` +
    `stderr: ${JSON.stringify(short(shown.stderr.join('\n')))})`
  if (shown.outcome !== 'finished') {
    problems.push(
      `${what}: no result on the page (${shown.outcome}; the page says ${JSON.stringify(short(shown.announcement, 300))})`,
    )
    return
  }
  if (!shown.status || !program.run.status.includes(shown.status as never)) {
    problems.push(
      `${what}: status ${shown.status}, expected ${program.run.status.join(' | ')} ${seen}` +
        (shown.note ? ` (note: ${JSON.stringify(short(shown.note, 300))})` : ''),
    )
  }
  const stdout = shown.stdout.join('\n')
  const wanted = program.run.mustPrint
  if (shown.status === 'ok' && wanted !== undefined) {
    const visible = (typeof wanted === 'string' ? [wanted] : wanted).map((text) =>
      visibleText(text),
    )
    if (!printsExpected({ ...program.run, mustPrint: visible }, stdout)) {
      problems.push(`${what}: ended ok without showing ${JSON.stringify(visible)} ${seen}`)
    }
  }
  if (program.run.stdout !== undefined) {
    const expected = shownLines(program.run.stdout)
    if (JSON.stringify(shown.stdout) !== JSON.stringify(expected)) {
      problems.push(
        `${what}: stdout differs from a normal run: ${JSON.stringify(short(stdout, 600))}` +
          ` instead of ${JSON.stringify(expected.join('\n'))}`,
      )
    }
  }
  const escaped = [...shown.stdout, ...shown.stderr].find((line) => line.includes(escapeMarker))
  if (escaped !== undefined) {
    problems.push(`${what}: the program says it escaped: ${JSON.stringify(short(escaped, 300))}`)
  }
}

/** The page-side observers: dialogs, errors that say JavaScript was reached, markup, title. */
function judgePage(
  context: Context,
  observers: Observers,
  runs: readonly Ran[],
  marks: { console: number; dialogs: number; uncaught: number },
  problems: string[],
): void {
  const { watch } = context
  const dialogs = watch.dialogs.slice(marks.dialogs)
  if (dialogs.length) problems.push(`the page opened dialogs: ${dialogs.join(' | ')}`)
  const uncaught = watch.uncaught.slice(marks.uncaught)
  if (uncaught.length) problems.push(`uncaught errors in the page: ${uncaught.join(' | ')}`)
  const listener = new RegExp(`(127\\.0\\.0\\.1|localhost|\\[::1\\]):${observers.port}\\b`)
  for (const line of watch.console.slice(marks.console)) {
    if (line.includes(escapeMarker) || listener.test(line)) {
      problems.push(`the console says a program reached JavaScript: ${short(line, 300)}`)
    }
  }
  for (const { program, shown } of runs) {
    if (shown.markup.length) {
      problems.push(`${program.file}: markup in the sandbox: ${shown.markup.join(' | ')}`)
    }
    if (shown.title !== context.title) {
      problems.push(`${program.file}: the page's title became ${JSON.stringify(shown.title)}`)
    }
  }
}

/** Requests made while the programs ran: the site's own assets only, nothing to the listener. */
function judgeRequests(context: Context, observers: Observers, from: number, problems: string[]) {
  const requests = context.watch.requests.slice(from)
  problems.push(...escapes(observers, [], { requests, allowedOrigins: [context.origin] }))
  for (const url of requests) {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      continue
    }
    if (parsed.origin !== context.origin) continue // judged by the observers
    if (!assetPaths.some((pattern) => pattern.test(parsed.pathname))) {
      problems.push(`the page requested something other than its own assets: ${url}`)
    }
  }
}

/** Runs one unit (a program, or a plant and its victim) and lists everything wrong. */
async function runUnit(context: Context, unit: Unit): Promise<{ problems: string[]; runs: Ran[] }> {
  const problems: string[] = []
  const runs: Ran[] = []
  const { watch, sandbox } = context
  const marks = {
    console: watch.console.length,
    dialogs: watch.dialogs.length,
    uncaught: watch.uncaught.length,
  }
  const requestsFrom = watch.requests.length
  const observers = await hostileObservers()
  const paired = unit.programs.length > 1
  try {
    for (const program of unit.programs) {
      const code = observers.substitute(program.source)
      const forced = !paired && viaLink?.test(program.file)
      let via: Ran['via'] = 'typed'
      if (forced || !(await typeCode(sandbox, code))) {
        if (paired) {
          problems.push(`${program.file}: the editor would not hold the program as typed`)
          break
        }
        via = 'link'
        if (!(await openShared(sandbox, code))) {
          problems.push(`${program.file}: neither typing nor a share link put it in the editor`)
          break
        }
      }
      const shown = await clickRun(sandbox)
      if (via === 'link') await leaveShared(sandbox)
      const ran = { program, shown, via }
      runs.push(ran)
      judgeRun(ran, problems)
    }
    judgePage(context, observers, runs, marks, problems)
    judgeRequests(context, observers, requestsFrom, problems)
    const answers = [
      ...runs.map((ran) => ran.shown.text),
      ...runs.map((ran) => ran.shown.announcement),
      ...watch.console.slice(marks.console),
      ...watch.dialogs.slice(marks.dialogs),
    ]
    problems.push(...escapes(observers, answers))
  } finally {
    await observers.close()
  }
  return { problems, runs }
}

// ---- The tests ------------------------------------------------------------------------------

test.describe.configure({ mode: 'parallel' })

shards().forEach((units, index, all) => {
  const count = units.reduce((sum, unit) => sum + unit.programs.length, 0)
  test(`hostile corpus (browser) — part ${index + 1} of ${all.length} (${count} programs)`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(10 * 60_000)
    if (!baseURL) throw new Error('no baseURL: run through playwright.config.ts')
    const watch = watchPage(page)
    await openHydrated(page, '/playground')
    const sandbox = playgroundSandbox(page)
    await waitForPython(page)
    const context: Context = {
      page,
      sandbox,
      watch,
      origin: new URL(baseURL).origin,
      title: await page.title(),
    }
    for (const unit of units) {
      const name = unit.programs.map((program) => program.file).join(' → ')
      const { problems, runs } = await runUnit(context, unit)
      for (const { program, shown, via } of runs) {
        test.info().annotations.push({
          type: 'run',
          description: `${program.file}: ${shown.status ?? shown.outcome} in ${shown.ms} ms${via === 'link' ? ' (share link)' : ''}`,
        })
      }
      expect.soft(problems, `${name}: ${unit.programs[0]?.attack ?? ''}`).toEqual([])
    }
    const others = watch.console.filter((line) => !line.includes(escapeMarker))
    if (others.length) {
      test.info().annotations.push({ type: 'console', description: others.join('\n') })
    }
  })
})
