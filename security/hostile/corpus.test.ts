/** The hostile corpus's manifest: schema, files, pairs and conventions (no Python is run here). */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { listExercises } from '@looplab/runtime/grade'
import {
  defaultExercise,
  escapeCategories,
  escapeMarker,
  gradeExpectationFor,
  hostileCategories,
  HostileCorpusError,
  HostileEntrySchema,
  hostileManifest,
  hostilePairs,
  loadHostileCorpus,
  printsExpected,
  refusalMarker,
} from './corpus'
import { placeholders } from './observers'

const contentDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content')
const corpus = loadHostileCorpus()
const hostile = corpus.filter((program) => program.role !== 'victim')

describe('the hostile corpus manifest', () => {
  it('loads: every entry valid, every listed file present, every file listed', () => {
    expect(corpus.length).toBe(hostileManifest.length)
  })

  it('has at least 90 hostile programs, and programs in every category', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(90)
    for (const category of hostileCategories) {
      expect(
        corpus.some((program) => program.category === category),
        category,
      ).toBe(true)
    }
  })

  it('pairs every plant with its own victim, which runs on the same paths', () => {
    const pairs = hostilePairs(corpus)
    expect(pairs.length).toBeGreaterThan(0)
    expect(pairs.length).toBe(corpus.filter((program) => program.role === 'victim').length)
    for (const { plant, victim } of pairs) {
      expect(victim.file).toBe(plant.file.replace(/-plant\.py$/, '-victim.py'))
      expect(victim.paths).toEqual(plant.paths)
    }
  })

  it('names only exercises that exist', async () => {
    const ids = new Set((await listExercises(contentDir)).map((entry) => entry.id))
    expect(ids.has(defaultExercise)).toBe(true)
    for (const program of corpus) {
      const exercise = program.victim?.exercise ?? program.grade?.exercise
      if (exercise !== undefined) expect(ids.has(exercise), program.file).toBe(true)
    }
  })

  it('never expects a pass from a hostile program', () => {
    for (const program of hostile) {
      expect(gradeExpectationFor(program).status, program.file).not.toContain('pass')
    }
    const bad = { ...hostileManifest[0], grade: { exercise: defaultExercise, status: ['pass'] } }
    expect(HostileEntrySchema.safeParse(bad).success).toBe(false)
  })

  it('runs victims against the real starter or solution when they say so', () => {
    const exerciseDir = path.join(
      contentDir,
      '01-why-async/01-sync-vs-async/exercises',
      defaultExercise,
    )
    const starter = readFileSync(path.join(exerciseDir, 'starter.py'), 'utf8')
    const solution = readFileSync(path.join(exerciseDir, 'solution.py'), 'utf8')
    for (const victim of corpus.filter((program) => program.role === 'victim')) {
      const body = victim.source.replace(/^(#[^\n]*\n)+/, '')
      if (victim.attack.includes('unmodified starter')) expect(body, victim.file).toBe(starter)
      if (victim.attack.includes('reference solution')) expect(body, victim.file).toBe(solution)
    }
  })

  it('uses only the placeholders the observers substitute', () => {
    const known = new Set<string>(Object.values(placeholders))
    for (const program of corpus) {
      for (const word of program.source.match(/__LOOPLAB_[A-Z0-9_]+__/g) ?? []) {
        expect(known.has(word), `${program.file}: ${word}`).toBe(true)
      }
    }
  })

  it('prints the markers its expectations rely on', () => {
    for (const program of hostile) {
      const wanted = program.run.mustPrint
      const markers = typeof wanted === 'string' ? [wanted] : (wanted ?? [])
      for (const marker of markers.filter((text) => [refusalMarker, 'WROTE'].includes(text))) {
        expect(program.source, program.file).toContain(`"${marker}`)
      }
      if (escapeCategories.includes(program.category) && program.run.mustPrint !== undefined) {
        const mentions = program.source.includes(`"${escapeMarker}`) || markers.includes('WROTE')
        expect(mentions, `${program.file} says ${escapeMarker} when its attack works`).toBe(true)
      }
    }
  })

  it('keeps victims innocent: no marker, no placeholder, nothing hostile', () => {
    for (const victim of corpus.filter((program) => program.role === 'victim')) {
      expect(victim.source, victim.file).not.toMatch(/__LOOPLAB_|ESCAPED|REFUSED/)
      expect(victim.run.stdout, victim.file).toBeDefined()
    }
  })

  it('reads mustPrint as one text or any of several', () => {
    expect(printsExpected({ status: ['ok'] }, '')).toBe(true)
    expect(printsExpected({ status: ['ok'], mustPrint: 'REFUSED' }, 'x REFUSED y')).toBe(true)
    expect(printsExpected({ status: ['ok'], mustPrint: 'REFUSED' }, 'nothing')).toBe(false)
    expect(printsExpected({ status: ['ok'], mustPrint: ['A', 'B'] }, 'B')).toBe(true)
  })
})

describe('loadHostileCorpus', () => {
  let dir = ''
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
    dir = ''
  })

  function folderWith(files: Record<string, string>): string {
    dir = mkdtempSync(path.join(tmpdir(), 'hostile-corpus-'))
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
    return dir
  }

  const entry = (file: string) => ({
    file,
    category: 'shell',
    attack: 'Tries something.',
    run: { status: ['error'] },
  })

  function problems(manifest: unknown[], files: Record<string, string>): readonly string[] {
    try {
      loadHostileCorpus(manifest, folderWith(files))
    } catch (error) {
      if (error instanceof HostileCorpusError) return error.problems
      throw error
    }
    return []
  }

  it('returns programs with their source, role and default paths', () => {
    const [program] = loadHostileCorpus([entry('a.py')], folderWith({ 'a.py': '# a\n' }))
    expect(program).toMatchObject({
      file: 'a.py',
      role: 'attack',
      source: '# a\n',
      paths: ['cli', 'http', 'browser'],
    })
  })

  it('reports a listed file that is missing and a file that is not listed', () => {
    expect(problems([entry('a.py')], { 'b.py': '# b\n' })).toEqual([
      'b.py: in programs/ but not in the manifest',
      'a.py: listed but not in programs/',
    ])
  })

  it('reports an entry listed twice, a missing header comment and schema problems', () => {
    const found = problems(
      [entry('a.py'), entry('a.py'), { ...entry('b.py'), category: 'magic' }],
      { 'a.py': 'print(1)\n', 'b.py': '# b\n' },
    )
    expect(found).toContain('a.py: listed twice')
    expect(found).toContain('a.py: must start with a comment saying what it tries')
    expect(found.some((line) => line.startsWith('b.py: category:'))).toBe(true)
  })

  it('refuses an escape attempt that may end ok without printing its refusal', () => {
    const found = problems([{ ...entry('a.py'), run: { status: ['ok'] } }], { 'a.py': '# a\n' })
    expect(found.join()).toMatch(/may end `ok` only with mustPrint/)
  })

  it('checks pairs: a plant needs its victim, a victim its plant', () => {
    const plantEntry = {
      ...entry('x-plant.py'),
      category: 'persistence',
      run: { status: ['ok'] },
      pairWith: 'x-victim.py',
    }
    const victimEntry = {
      ...entry('y-victim.py'),
      category: 'persistence',
      run: { status: ['ok'], stdout: '' },
      victim: { expectGrade: 'fail' },
    }
    const found = problems([plantEntry, victimEntry], {
      'x-plant.py': '# x\n',
      'y-victim.py': '# y\n',
    })
    expect(found).toContain('x-plant.py: its victim x-victim.py is not listed')
    expect(found).toContain('y-victim.py: a victim no plant pairs with')
  })
})
