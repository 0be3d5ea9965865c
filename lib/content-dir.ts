import path from 'node:path'

/** The course folder the site builds from: `content/`, or LOOPLAB_CONTENT_DIR (tests, previews). */
export function contentDir(): string {
  // Read at build time only (every page is static): keep the output tracer from bundling the repo.
  return path.resolve(
    /*turbopackIgnore: true*/ process.env.LOOPLAB_CONTENT_DIR ??
      path.join(process.cwd(), 'content'),
  )
}
