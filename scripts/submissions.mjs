// What the grading benches send to POST /api/grade: every exercise's real submissions from
// content/ (the solution, the starter and each known wrong answer), and hostile programs.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project root (scripts/..), so the benches work from any directory. */
export const projectRoot = fileURLToPath(new URL('..', import.meta.url))

/**
 * Every exercise's solution, starter and wrong answers, in a stable order: the mix a class would
 * send. Each is { exercise, kind: 'solution' | 'starter' | 'wrong', label, code }.
 */
export function courseSubmissions(contentDir = path.join(projectRoot, 'content')) {
  const found = []
  const sortedDirs = (dir) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
  const walk = (dir) => {
    for (const name of sortedDirs(dir)) {
      const full = path.join(dir, name)
      if (path.basename(dir) !== 'exercises') {
        walk(full)
        continue
      }
      const read = (file) => readFileSync(path.join(full, file), 'utf8')
      found.push({
        exercise: name,
        kind: 'solution',
        label: `solution ${name}`,
        code: read('solution.py'),
      })
      found.push({
        exercise: name,
        kind: 'starter',
        label: `starter ${name}`,
        code: read('starter.py'),
      })
      const wrong = path.join(full, 'wrong')
      if (!existsSync(wrong)) continue
      for (const file of readdirSync(wrong)
        .filter((f) => f.endsWith('.py'))
        .sort()) {
        found.push({
          exercise: name,
          kind: 'wrong',
          label: `wrong ${name}/${file}`,
          code: read(path.join('wrong', file)),
        })
      }
    }
  }
  walk(contentDir)
  return found
}

/** The exercise whose expected output the cheating program prints. */
export const cheatExercise = 'download-all-at-once'

/**
 * Programs no grade may ever call a pass. `exercise` is set where the program only makes sense for
 * one exercise; the others are sent to any exercise.
 */
export const hostilePrograms = [
  { kind: 'busy-loop', code: 'while True:\n    pass\n' },
  {
    kind: 'memory-bomb',
    // Bytes that are written (not a calloc'd bytearray), so the memory is really resident.
    code: 'hoard = []\nwhile True:\n    hoard.append(b"x" * (16 * 1024 * 1024))\n',
  },
  {
    kind: 'output-flood',
    code: 'line = "flood " * 2000\nwhile True:\n    print(line)\n',
  },
  {
    kind: 'import-ctypes',
    code: 'import ctypes\n\nlibc = ctypes.CDLL(None)\nprint(libc.system(b"id"))\n',
  },
  {
    kind: 'import-js',
    code: 'import js\n\nprint(js.eval("typeof process"))\n',
  },
  {
    kind: 'sleep-loop',
    code: 'import time\n\nwhile True:\n    time.sleep(0.0001)\n',
  },
  { kind: 'syntax-error', code: 'def main(:\n    print("never runs"\n' },
  {
    kind: 'prints-the-answer',
    exercise: cheatExercise,
    // The expected output, timed with sleeps, and a download() that works on its own: everything
    // the checks look at except the downloads really running at the same time.
    code: [
      'import asyncio',
      '',
      '',
      'async def download(name, seconds):',
      '    await asyncio.sleep(seconds)',
      '',
      '',
      'async def main():',
      '    print("[0.0s] start podcast.mp3")',
      '    print("[0.0s] start photos.zip")',
      '    print("[0.0s] start notes.pdf")',
      '    await asyncio.sleep(0.5)',
      '    print("[0.5s] done notes.pdf")',
      '    await asyncio.sleep(1.0)',
      '    print("[1.5s] done photos.zip")',
      '    await asyncio.sleep(0.5)',
      '    print("[2.0s] done podcast.mp3")',
      '    print("[2.0s] all downloads finished")',
      '',
      '',
      'asyncio.run(main())',
      '',
    ].join('\n'),
  },
]

/** Hostile program `program` sent to an exercise: the one it needs, else exercises[round % n]. */
export function hostileSubmission(program, exercises, round) {
  const exercise = program.exercise ?? exercises[round % exercises.length]
  return {
    exercise,
    kind: 'hostile',
    hostile: program.kind,
    label: `hostile ${program.kind} → ${exercise}`,
    code: program.code,
  }
}
