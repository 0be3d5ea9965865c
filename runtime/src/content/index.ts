/**
 * The course content API, shared by the site (build time) and `looplab verify`. Framework-free:
 * Node's fs plus markdown/MDX parsers, no React or Next.
 */
export { loadCourse } from './course'
export { lessonComponentNames, type LessonComponentName } from './components'
export { ContentError, displayPath, formatIssue, type ContentIssue } from './content-error'
export { readExample, extractExamples } from './examples'
export { extractExerciseRefs } from './exercises'
export { slugHeadings, tocHeadings, type SluggedHeading } from './headings'
export { parseMdx, splitFrontmatter } from './parse-mdx'
export { readJsxAttributes } from './jsx-attributes'
export { findJsxElements } from './jsx-elements'
export { lessonNeighbours, findLesson } from './navigation'
export {
  ChapterMetaSchema,
  ExamplePropsSchema,
  ExerciseMetaSchema,
  FrontmatterSchema,
  SourceSchema,
} from './schemas'
export type * from './types'
