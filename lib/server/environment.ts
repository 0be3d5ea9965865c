/** Environment variables as the server reads them (process.env, or a test's own set). */
export type Environment = Readonly<Record<string, string | undefined>>
