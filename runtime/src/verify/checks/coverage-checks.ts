/**
 * Coverage as checks: every lesson source names a real outline section (any run), and — when the
 * whole course is verified — every section is taught and content/README.md is current.
 */
import { displayPath } from '../../content/content-error'
import type { Course } from '../../content/types'
import type { CourseCoverage } from '../coverage/coverage-files'
import { courseCoverage, readmePath, readmeState } from '../coverage/coverage-files'
import { outlinePath } from '../coverage/outline'
import { regenerateCommand } from '../coverage/readme'
import type { CheckKind, CheckOutcome, Problem, VerifyCheck } from '../types'

const message = (text: string): Problem => ({ kind: 'message', text })

export const coverageChecks: CheckKind = {
  kind: 'coverage',
  plan({ course, lessons, wholeCourse }) {
    let loaded: Promise<CourseCoverage> | undefined
    // Read once, shared by the three checks; a broken outline fails each of them with its reason.
    const coverage = () => (loaded ??= courseCoverage(course))
    const guarded = (body: (c: CourseCoverage) => Promise<CheckOutcome> | CheckOutcome) => () =>
      coverage().then(body, (error: unknown) => ({
        problems: [message(error instanceof Error ? error.message : String(error))],
      }))
    const selected = new Set(lessons.map((lesson) => lesson.id))
    const checks: VerifyCheck[] = [
      {
        kind: 'coverage',
        id: 'coverage:sources',
        title: 'every lesson source names a section of the tutorial outline',
        file: outlinePath(course.contentDir),
        run: guarded(({ coverage: c }) => ({
          problems: c.unknownSources
            .filter((source) => selected.has(source.lessonId))
            .map((source) => {
              const where = `${displayPath(source.file)}${source.line ? `:${source.line}` : ''}`
              const hint = source.suggestion ? `; did you mean "${source.suggestion}"?` : ''
              return message(
                `${where}: seed ${source.seed} has no section "${source.section}"${hint}`,
              )
            }),
        })),
      },
    ]
    if (!wholeCourse) return checks
    checks.push(
      {
        kind: 'coverage',
        id: 'coverage:sections',
        title: 'every tutorial section is taught by a lesson',
        file: outlinePath(course.contentDir),
        run: guarded(({ coverage: c }) => ({
          problems: c.untaught.map((section) =>
            message(
              `seed ${section.seed} "${section.heading}" is taught by no lesson: add it to the ` +
                'frontmatter `sources` of the lesson that teaches it',
            ),
          ),
        })),
      },
      readmeCheck(course, guarded),
    )
    return checks
  },
}

function readmeCheck(
  course: Course,
  guarded: (body: (c: CourseCoverage) => Promise<CheckOutcome>) => () => Promise<CheckOutcome>,
): VerifyCheck {
  const file = readmePath(course.contentDir)
  return {
    kind: 'coverage',
    id: 'coverage:readme',
    title: `${displayPath(file)} is current`,
    file,
    run: guarded(async ({ readme }) => {
      const state = await readmeState(course.contentDir, readme)
      if (state === 'current') return { problems: [] }
      const what = state === 'missing' ? 'is missing' : 'is out of date with the lessons'
      return { problems: [message(`${displayPath(file)} ${what}: run \`${regenerateCommand}\``)] }
    }),
  }
}
