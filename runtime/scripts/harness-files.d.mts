export declare const harnessDir: string
export declare function readHarnessFiles(dir?: string): Record<string, string>
export declare function readHarness(dir?: string): { files: Record<string, string>; hash: string }
export declare function harnessPlugin(harness: { files: Record<string, string>; hash: string }): {
  name: string
  setup(build: unknown): void
}
