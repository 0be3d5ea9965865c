/**
 * What the site serves for workspaces (written by pack-for-site.mjs at build time, read by the
 * page): the runtime and its one JavaScript dependency as `npm pack` tarballs, and the Pyodide
 * release whose files the page already serves under /pyodide/<version>/.
 */
import { z } from 'zod'

export const workspaceSitePath = '/workspace'

const TarballSchema = z
  .object({
    name: z.string().min(1).describe('the package name, e.g. "@looplab/runtime"'),
    version: z.string().min(1),
    file: z
      .string()
      .regex(/^[a-z0-9._-]+\.tgz$/)
      .describe('under /workspace/'),
    bytes: z.number().int().positive(),
  })
  .strict()

export const WorkspaceManifestSchema = z
  .object({
    runtime: TarballSchema,
    dependencies: z.array(TarballSchema).describe('the runtime’s dependencies but Pyodide'),
    pyodide: z
      .object({
        version: z.string().min(1),
        /** Pyodide's own package.json (its "exports" are how Node finds pyodide.mjs). */
        packageJson: z.string().min(1),
        files: z.array(z.string().min(1)).min(1).describe('under /pyodide/<version>/'),
      })
      .strict(),
  })
  .strict()
export type WorkspaceManifest = z.infer<typeof WorkspaceManifestSchema>
