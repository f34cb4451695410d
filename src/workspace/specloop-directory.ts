import path from 'node:path'

/** The folder specloop keeps its runs, ledger and caches in, inside a project. */
export const SPECLOOP_DIRECTORY = '.specloop'

/** Where caches that any run may rebuild live (instrumented sources, the read tsconfig). */
export function cacheDirectoryOf(projectDirectory: string): string {
  return path.join(projectDirectory, SPECLOOP_DIRECTORY, 'cache')
}
