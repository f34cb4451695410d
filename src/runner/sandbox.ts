import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { entriesOf } from './directory'

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

export function realpathOrSelf(target: string): string {
  try {
    return fs.realpathSync(target)
  } catch {
    return target
  }
}

/** npm and yarn read their configuration when a project's code asks them for anything. */
function packageManagerConfigPaths(): string[] {
  const home = os.homedir()
  return [path.join(home, '.npmrc'), path.join(home, '.config', 'yarn'), path.join(home, '.yarn-config'), path.join(path.dirname(path.dirname(process.execPath)), 'etc', 'npmrc')]
}

/**
 * Where the project's linked dependencies really are (`npm link`, workspaces, a shared store),
 * and the node_modules they live in: Node resolves a module to its real path, so the sandbox
 * must let the scenarios read there.
 */
function linkedDependencies(nodeModules: string): string[] {
  const linked: string[] = []
  const visit = (directory: string, depth: number) => {
    for (const entry of entriesOf(directory)) {
      const full = path.join(directory, entry.name)
      if (entry.isSymbolicLink()) {
        const real = realpathOrSelf(full)
        if (real === full) continue
        linked.push(real)
        // Its own dependencies resolve from the node_modules it really lives in.
        const home = path.dirname(path.basename(path.dirname(real)).startsWith('@') ? path.dirname(real) : real)
        if (path.basename(home) === 'node_modules') linked.push(home)
      } else if (entry.isDirectory() && depth === 0 && entry.name.startsWith('@')) visit(full, 1)
    }
  }
  visit(nodeModules, 0)
  return linked
}

/**
 * The files loaders look for above the project (Node and ts-node read the nearest package.json
 * for the module type, ts-node the nearest tsconfig.json): those files only, not the directories.
 */
function ancestorManifests(projectDirectory: string): string[] {
  const manifests: string[] = []
  for (let directory = path.dirname(projectDirectory); ; directory = path.dirname(directory)) {
    manifests.push(path.join(directory, 'package.json'), path.join(directory, 'tsconfig.json'))
    if (path.dirname(directory) === directory) return manifests
  }
}

/** What the scenarios of a project may read: the project, its dependencies wherever they really are, and cucumber. */
export function projectReadPaths(projectDirectory: string, cucumberPackageDirectory: string): string[] {
  const nodeModules = path.join(projectDirectory, 'node_modules')
  return [projectDirectory, ...ancestorManifests(projectDirectory), realpathOrSelf(nodeModules), ...linkedDependencies(nodeModules), realpathOrSelf(cucumberPackageDirectory), ...packageManagerConfigPaths()]
}
