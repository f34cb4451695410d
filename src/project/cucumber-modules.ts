import path from 'node:path'

/**
 * Step definition files `require('@cucumber/cucumber')` from the project they live in, so
 * their definitions register with *that* copy of cucumber. specloop must load support code
 * and configuration through the same copy, or it would see an empty library. A project
 * without its own cucumber falls back to specloop's.
 */
export interface CucumberModules {
  /** Directory of the @cucumber/cucumber package in use. */
  packageDirectory: string
  version: string
  api: typeof import('@cucumber/cucumber/api')
  resolvePaths: typeof import('@cucumber/cucumber/lib/paths/paths').resolvePaths
  supportCodeLibraryBuilder: typeof import('@cucumber/cucumber/lib/support_code_library_builder').default
}

function resolveFromProject(request: string, cwd: string): string {
  try {
    return require.resolve(request, { paths: [cwd] })
  } catch {
    return require.resolve(request)
  }
}

/**
 * The cucumber-js a project runs on: its own, else the one beside specloop (a peer dependency,
 * so in an installed project the same copy). Undefined when neither resolves.
 */
export function locateCucumber(cwd: string): string | undefined {
  try {
    return path.dirname(resolveFromProject('@cucumber/cucumber/package.json', cwd))
  } catch {
    return undefined
  }
}

export function loadCucumberModules(cwd: string): CucumberModules {
  const packageDirectory = locateCucumber(cwd)
  if (packageDirectory === undefined) throw new Error(`@cucumber/cucumber cannot be resolved from ${cwd}`)
  const fromPackage = (relative: string) => require(path.join(packageDirectory, relative))
  return {
    packageDirectory,
    version: (fromPackage('package.json') as { version: string }).version,
    api: fromPackage('lib/api/index.js'),
    resolvePaths: fromPackage('lib/paths/paths.js').resolvePaths,
    supportCodeLibraryBuilder: fromPackage('lib/support_code_library_builder/index.js').default
  }
}
