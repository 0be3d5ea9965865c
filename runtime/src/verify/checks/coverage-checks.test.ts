import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runVerify } from '../run-verify'
import type { VerifyEnginePool } from '../engines'
import { coverageChecks } from './coverage-checks'

const fixture = fileURLToPath(new URL('../fixtures/course', import.meta.url))
let dir: string

/** Coverage needs no Python: any run would be a bug. */
const noEngines: VerifyEnginePool = {
  run: () => Promise.reject(new Error('coverage checks must not run programs')),
  grade: () => Promise.reject(new Error('coverage checks must not grade programs')),
  stats: () => ({ pyodideBootMs: null, runs: { 'pyodide-node': 0, cpython: 0 }, pythons: {} }),
  dispose: async () => undefined,
}

async function verifyCoverage(paths: string[] = []) {
  const report = await runVerify({
    contentDir: dir,
    paths,
    checkKinds: [coverageChecks],
    engines: noEngines,
  })
  const failures = report.checks
    .filter((check) => !check.passed)
    .map((check) => ({
      id: check.id,
      messages: check.problems.map((p) => (p.kind === 'message' ? p.text : p.kind)),
    }))
  return { report, failures }
}

const outlineFile = () => path.join(dir, 'sources', 'outline.json')

async function editOutline(edit: (outline: { sections: object[] }) => void) {
  const outline = JSON.parse(await readFile(outlineFile(), 'utf8')) as { sections: object[] }
  edit(outline)
  await writeFile(outlineFile(), JSON.stringify(outline))
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'looplab-coverage-'))
  await cp(fixture, dir, { recursive: true })
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('coverage checks', () => {
  it('pass on a fully covered course with a current README', async () => {
    const { report, failures } = await verifyCoverage()
    expect(failures).toEqual([])
    expect(report.passed).toBe(3)
  })

  it('fail when an outline section is taught by no lesson', async () => {
    await editOutline(({ sections }) =>
      sections.push({
        seed: '001',
        seedFile: '001_fixture.txt',
        number: '0',
        level: 1,
        heading: 'Table of Contents',
        artefact: true,
      }),
    )
    const { failures } = await verifyCoverage()
    expect(failures[0]).toEqual({
      id: 'coverage:sections',
      messages: [
        'seed 001 "Table of Contents" is taught by no lesson: add it to the frontmatter `sources` of the lesson that teaches it',
      ],
    })
    // The README now lacks that row too, so it is stale as well.
    expect(failures.map((f) => f.id)).toEqual(['coverage:sections', 'coverage:readme'])
  })

  it('fail when a lesson source names a section the outline does not have', async () => {
    await editOutline((outline) => {
      outline.sections = outline.sections.slice(0, 1)
    })
    const { failures } = await verifyCoverage()
    expect(failures[0]?.id).toBe('coverage:sources')
    expect(failures[0]?.messages[0]).toMatch(
      /01-basics\/02-waiting\/index\.mdx:6: seed 000 has no section "2\. Waiting"$/,
    )
  })

  it('fail when content/README.md is stale or missing, naming the command that fixes it', async () => {
    const readme = path.join(dir, 'README.md')
    await writeFile(readme, (await readFile(readme, 'utf8')).replace('Sleeping', 'Napping'))
    expect((await verifyCoverage()).failures).toEqual([
      {
        id: 'coverage:readme',
        messages: [
          `${readme} is out of date with the lessons: run \`npx looplab coverage --write\``,
        ],
      },
    ])
    await rm(readme)
    expect((await verifyCoverage()).failures[0]?.messages[0]).toMatch(
      /is missing: run `npx looplab/,
    )
  })

  it('fail each check with the reason when the outline is missing or broken', async () => {
    await rm(outlineFile())
    const { failures } = await verifyCoverage()
    expect(failures).toHaveLength(3)
    expect(failures[0]?.messages[0]).toMatch(/outline\.json: missing/)
    await writeFile(outlineFile(), '{"about": "x", "sections": [{"seed": "009"}]}')
    expect((await verifyCoverage()).failures[0]?.messages[0]).toMatch(/sections\.0\.seed/)
  })

  it('check only the selected lessons’ sources when PATH narrows the run', async () => {
    await editOutline((outline) => {
      outline.sections = outline.sections.slice(0, 1)
    })
    const { report, failures } = await verifyCoverage([path.join(dir, '01-basics', '01-first-run')])
    expect(report.checks.map((c) => c.id)).toEqual(['coverage:sources'])
    expect(failures).toEqual([])
    expect(report.skipped).toHaveLength(1)
  })
})
