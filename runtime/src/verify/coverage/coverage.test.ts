import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { format, resolveConfig } from 'prettier'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadCourse } from '../../content/course'
import type { Course } from '../../content/types'
import { computeCoverage } from './coverage'
import { courseCoverage, readmePath, readmeState } from './coverage-files'
import type { Outline } from './outline'
import { renderCoverageReadme } from './readme'

const fixture = fileURLToPath(new URL('../fixtures/course', import.meta.url))
const repoReadme = fileURLToPath(new URL('../../../../README.md', import.meta.url))
let course: Course

beforeAll(async () => {
  course = await loadCourse(fixture)
})

const section = (heading: string, extra: Partial<Outline['sections'][number]> = {}) => ({
  seed: '000' as const,
  seedFile: '000_fixture.txt',
  number: heading.split('.')[0] ?? null,
  level: 1,
  heading,
  ...extra,
})

describe('computeCoverage', () => {
  it('maps each section to the lessons and anchors that teach it', () => {
    const outline: Outline = {
      about: '',
      sections: [section('1. Introduction'), section('2. Waiting')],
    }
    const coverage = computeCoverage(outline, course.lessons)
    expect(coverage.untaught).toEqual([])
    expect(coverage.unknownSources).toEqual([])
    expect(coverage.rows[0]?.taughtBy).toEqual([
      {
        lessonId: 'basics/first-run',
        lessonTitle: 'First run',
        anchor: 'passing-examples',
        headingText: 'Passing examples',
      },
    ])
  })

  it('finds a section no lesson teaches', () => {
    const extra = section('3. Never taught')
    const outline: Outline = {
      about: '',
      sections: [section('1. Introduction'), section('2. Waiting'), extra],
    }
    expect(computeCoverage(outline, course.lessons).untaught).toEqual([extra])
  })

  it('finds a source naming no outline section, with its line and a suggestion', () => {
    const outline: Outline = {
      about: '',
      sections: [section('1. Introduction'), section('2. Waiting!')],
    }
    const [unknown, ...rest] = computeCoverage(outline, course.lessons).unknownSources
    expect(rest).toEqual([])
    expect(unknown).toMatchObject({
      lessonId: 'basics/waiting',
      section: '2. Waiting',
      line: 6,
      suggestion: '2. Waiting!',
    })
  })
})

describe('renderCoverageReadme', () => {
  it('links every section and is already in Prettier style', async () => {
    const { readme } = await courseCoverage(course)
    expect(readme).toContain(
      '| 2 | 2. Waiting | [Waiting › Sleeping](/learn/basics/waiting#sleeping) |',
    )
    // The repository's own Prettier settings: `npm run check` must accept the file as written.
    const options = { ...(await resolveConfig(repoReadme)), parser: 'markdown' }
    expect(await format(readme, options)).toBe(readme)
  })

  it('escapes markdown in headings and marks gaps and scraping artefacts', () => {
    const outline: Outline = {
      about: '',
      sections: [section('2. asyncio.gather(*coros) | return_exceptions', { artefact: true })],
    }
    const readme = renderCoverageReadme(computeCoverage(outline, []))
    expect(readme).toContain(
      '| 2 | 2. asyncio.gather(\\*coros) \\| return\\_exceptions _(empty heading left by scraping)_ | **not taught yet** |',
    )
    expect(readme).toContain('0 of 1 sections are taught; 1 is not yet.')
  })
})

describe('readmeState', () => {
  let dir: string | undefined
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('tells current, stale and missing apart', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'looplab-readme-'))
    await cp(fixture, dir, { recursive: true })
    const { readme } = await courseCoverage(course)
    expect(await readmeState(dir, readme)).toBe('current')
    const text = await readFile(readmePath(dir), 'utf8')
    await writeFile(readmePath(dir), text.replace(/\n/g, '\r\n'))
    expect(await readmeState(dir, readme)).toBe('current')
    await writeFile(readmePath(dir), text.replace('Sleeping', 'Snoozing'))
    expect(await readmeState(dir, readme)).toBe('stale')
    await rm(readmePath(dir))
    expect(await readmeState(dir, readme)).toBe('missing')
  })
})
