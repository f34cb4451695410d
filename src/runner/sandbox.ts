/**
 * Node's permission model as specloop uses it: the scenarios may read the project and the
 * code it runs on, write only under `.specloop/`, and start no process. It does not block
 * network access (Node's model has no network permission) and it is not a security
 * boundary against code that is written to escape it; it stops generated code from
 * wandering over the file system or spawning tools by accident.
 */
export interface SandboxPolicy {
  readPaths: string[]
  writePaths: string[]
  /** Needed by `--parallel` (cucumber forks its workers); it also lets steps spawn processes. */
  allowChildProcess: boolean
}

/** Node 20 and 21 (and 22 before 22.13) only know the experimental flag. */
export function permissionFlag(allowedFlags: ReadonlySet<string> = process.allowedNodeEnvironmentFlags): string {
  return allowedFlags.has('--permission') ? '--permission' : '--experimental-permission'
}

export function sandboxArguments(policy: SandboxPolicy, flag = permissionFlag()): string[] {
  const unique = (paths: string[]) => [...new Set(paths)].sort()
  return [
    flag,
    ...unique(policy.readPaths).map((readable) => `--allow-fs-read=${readable}`),
    ...unique(policy.writePaths).map((writable) => `--allow-fs-write=${writable}`),
    ...(policy.allowChildProcess ? ['--allow-child-process'] : []),
    // The model is experimental on Node 20; the warning would land in every run's output.
    '--disable-warning=ExperimentalWarning',
    '--disable-warning=SecurityWarning'
  ]
}
