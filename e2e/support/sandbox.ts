/**
 * Driving sandboxes in e2e specs: find one, put code in its editor, run it, wait for Python.
 * Every helper goes through what a reader uses (the editor, the buttons), never through internals.
 */
import { expect, type Locator, type Page } from '@playwright/test'

/** Pyodide boots in a few seconds; on a loaded 2-core machine it can take a minute. */
export const bootTimeout = 90_000

export function sandboxFor(page: Page, anchor: string): Locator {
  return page.locator(`figure[id="${anchor}"] [data-sandbox]`)
}

export function playgroundSandbox(page: Page): Locator {
  return page.locator('[data-sandbox]').first()
}

/** Waits until the page's Python is ready (the runtime marks it with a User Timing mark). */
export async function waitForPython(page: Page): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('looplab:runtime-ready').length > 0,
    null,
    { timeout: bootTimeout },
  )
}

/** The live editor of a sandbox, mounting it (as hovering the code does) if needed. */
export async function editorOf(sandbox: Locator): Promise<Locator> {
  await sandbox.locator('[data-slot="code"]').hover()
  const content = sandbox.locator('.cm-content')
  await expect(content).toBeVisible()
  return content
}

/** Replaces the code in the sandbox's editor. */
export async function setCode(sandbox: Locator, code: string): Promise<void> {
  const content = await editorOf(sandbox)
  await content.click()
  await sandbox.page().keyboard.press('ControlOrMeta+A')
  await sandbox.page().keyboard.insertText(code)
  await expect.poll(() => editorText(sandbox)).toBe(code)
}

/** The editor's text, line by line as CodeMirror holds it. */
export async function editorText(sandbox: Locator): Promise<string> {
  return sandbox
    .locator('.cm-content')
    .evaluate((element) =>
      [...element.querySelectorAll('.cm-line')].map((line) => line.textContent ?? '').join('\n'),
    )
}

/** Clicks Run and waits for the result of this run (a new result element). */
export async function run(sandbox: Locator): Promise<Locator> {
  const output = sandbox.getByTestId('run-output')
  const before = await output.count()
  const previous = before > 0 ? await output.getAttribute('data-run') : null
  await sandbox.getByTestId('run-button').click()
  await expect(sandbox).toHaveAttribute('data-run-phase', 'idle', { timeout: bootTimeout })
  await expect(output).toBeVisible({ timeout: bootTimeout })
  if (previous !== null) await expect(output).not.toHaveAttribute('data-run', previous)
  return output
}

/** The text of the program's output lines, as the console shows them. */
export async function outputLines(sandbox: Locator): Promise<string[]> {
  return sandbox
    .getByTestId('output-line')
    .evaluateAll((lines) =>
      lines.map((line) => line.lastElementChild?.textContent?.replace(/\u200b/g, '') ?? ''),
    )
}
