import fs from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { SpecloopFailure, specloopError } from '../errors'
import { entriesOf } from './directory'
import { readProjectTsconfig } from '../project'
import { cacheDirectoryOf } from '../workspace'

/**
 * The sandbox the scenarios run in (verify and both generate loops): Node's permission model
 * lets them read the project and the code it runs on, write only in the run's own fresh
 * directory, and start no process; where the system allows it, a network namespace of their
 * own (`unshare -rn`) leaves them no network either. Home-directory configuration (`~/.npmrc`
 * and the like) is not readable unless SPECLOOP_SANDBOX_READ names it. It is not a boundary
 * against code written to escape Node's permission model; it stops generated code from
 * wandering over the file system, spawning tools, or sending what it finds anywhere.
 */
export interface SandboxPolicy {
  readPaths: string[]
  writePaths: string[]
  /** Needed by `--parallel` (cucumber forks its workers); it also lets steps spawn processes. */
  allowChildProcess: boolean
  /**
   * Needed by Node's module hooks, which run in a thread (ES-module projects, `import`): the
   * runtime takes `Worker` away from the scenarios again once the hooks' thread runs (worker-lock.ts).
   */
  allowWorker?: boolean
}

/** Extra paths the scenarios may read, separated as in PATH: the documented way to allow, say, `~/.npmrc`. */
const SANDBOX_READ_VARIABLE = 'SPECLOOP_SANDBOX_READ'

function extraReadPaths(env: Readonly<Record<string, string | undefined>>): string[] {
  return (env[SANDBOX_READ_VARIABLE] ?? '')
    .split(path.delimiter)
    .filter((entry) => entry.trim() !== '')
    .map((entry) => path.resolve(entry))
}

let isolation: string[] | null | undefined

/**
 * The command that gives a process a network namespace of its own, with only a loopback that is
 * down: `unshare -rn` where the kernel allows unprivileged user namespaces (or we are root).
 * Checked once per process; undefined where there is none.
 */
export function networkIsolation(): string[] | undefined {
  if (isolation === undefined) {
    const probe = spawnSync('unshare', ['-rn', process.execPath, '-e', ''], { stdio: 'ignore', timeout: 5000 })
    isolation = probe.status === 0 ? ['unshare', '-rn'] : null
  }
  return isolation ?? undefined
}

/**
 * The environment of a sandboxed run: cucumber's command line asks where npm and yarn install
 * globally (global-dirs), which reads `~/.npmrc` and `~/.config/yarn` unless the environment
 * answers first; it does, with Node's own prefix.
 */
export function sandboxEnvironment<T extends Record<string, string | undefined>>(env: T): T {
  const prefix = path.dirname(path.dirname(process.execPath))
  return { npm_config_prefix: prefix, PREFIX: prefix, ...env }
}

/** How to start Node sandboxed: the command, its arguments before the script, and whether the network is cut. */
export function sandboxedNode(policy: SandboxPolicy, isolate = true): { command: string; prefix: string[]; networkIsolated: boolean } {
  const flags = sandboxArguments(policy)
  const namespace = isolate ? networkIsolation() : undefined
  if (namespace === undefined) return { command: process.execPath, prefix: flags, networkIsolated: false }
  return { command: namespace[0]!, prefix: [...namespace.slice(1), process.execPath, ...flags], networkIsolated: true }
}

/** Node 20 and 21 (and 22 before 22.13) only know the experimental flag. */
export function permissionFlag(allowedFlags: ReadonlySet<string> = process.allowedNodeEnvironmentFlags): string {
  return allowedFlags.has('--permission') ? '--permission' : '--experimental-permission'
}

/**
 * The fewest paths that grant the same access: each once, without a trailing separator, and none
 * inside another that is granted already. Node 20.19's permission model denies a folder's other
 * children once a subfolder of it is granted as well (node_modules and node_modules/@cucumber/
 * cucumber, say), so a covered path is not merely redundant there.
 */
function coveringPaths(paths: readonly string[]): string[] {
  const normalised = [...new Set(paths.map((entry) => (entry.length > 1 ? entry.replace(/[\\/]+$/, '') : entry) || path.sep))].sort()
  return normalised.filter(
    (entry) => !normalised.some((other) => other !== entry && (other === path.sep || entry.startsWith(other + path.sep)))
  )
}

export function sandboxArguments(policy: SandboxPolicy, flag = permissionFlag()): string[] {
  return [
    flag,
    ...coveringPaths(policy.readPaths).map((readable) => `--allow-fs-read=${readable}`),
    ...coveringPaths(policy.writePaths).map((writable) => `--allow-fs-write=${writable}`),
    ...(policy.allowChildProcess ? ['--allow-child-process'] : []),
    ...(policy.allowWorker ? ['--allow-worker'] : []),
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

/**
 * The node_modules folders a `require` from the project searches, as Node does: the project's own,
 * then each one above it (a workspace's dependencies hoisted to the monorepo's root), those that
 * exist. Not NODE_PATH nor global folders: cucumber-js does not load from there either.
 */
export function resolvingNodeModules(projectDirectory: string): string[] {
  const folders: string[] = []
  for (let directory = path.resolve(projectDirectory); ; directory = path.dirname(directory)) {
    const candidate = path.join(directory, 'node_modules')
    if (path.basename(directory) !== 'node_modules' && entriesOf(candidate).length > 0) folders.push(candidate)
    if (path.dirname(directory) === directory) return folders
  }
}

/**
 * What the scenarios of a project may read: the project, the node_modules its modules resolve
 * from (its own and those above it, hoisted or linked: by their paths and their real paths), and cucumber.
 */
export function projectReadPaths(
  projectDirectory: string,
  cucumberPackageDirectory: string,
  env: Readonly<Record<string, string | undefined>> = {}
): string[] {
  // Node's permission model checks the path a module is read by, before any link is followed: both.
  const dependencies = resolvingNodeModules(projectDirectory).flatMap((nodeModules) => [
    nodeModules,
    realpathOrSelf(nodeModules),
    ...linkedDependencies(nodeModules)
  ])
  // The tsconfig files the project's extends (a monorepo's base above the project): those files only.
  return [
    projectDirectory,
    ...ancestorManifests(projectDirectory),
    ...(readProjectTsconfig(projectDirectory, cacheDirectoryOf(projectDirectory))?.bases ?? []),
    ...dependencies,
    realpathOrSelf(cucumberPackageDirectory),
    ...SYSTEM_PROBES,
    ...extraReadPaths(env)
  ]
}

/**
 * Files libraries read at load time to learn what system they run on (is-wsl, is-docker, as
 * bundled by Playwright and others): facts about the machine, not data; refusing them only
 * makes such a library throw while it loads.
 */
const SYSTEM_PROBES = [
  '/proc/version',
  '/proc/sys/fs/binfmt_misc/WSLInterop',
  '/run/WSL',
  '/.dockerenv',
  '/proc/self/cgroup',
  '/run/.containerenv'
]

/**
 * Where a write through a link lands: its real path, or for a dangling link (which a write
 * follows, creating the target) the real path of its target's nearest existing folder.
 */
function linkTarget(link: string): string {
  let target = path.resolve(path.dirname(link), fs.readlinkSync(link))
  const rest: string[] = []
  for (let depth = 0; depth < 40; depth++) {
    try {
      return path.join(fs.realpathSync(target), ...rest)
    } catch {
      if (isLink(target)) target = path.resolve(path.dirname(target), fs.readlinkSync(target))
      else {
        rest.unshift(path.basename(target))
        target = path.dirname(target)
      }
    }
  }
  return target
}

function isLink(target: string): boolean {
  try {
    return fs.lstatSync(target).isSymbolicLink()
  } catch {
    return false
  }
}

/**
 * A directory the scenarios may write in, by its real path, checked first: it must be inside the
 * project and hold no symbolic link. Node's permission model follows links it finds (it refuses
 * to let sandboxed code make new ones), so a link planted earlier under `.specloop/` would lead a
 * write out of the project; specloop refuses to run instead, and says where the link is.
 */
export function writableDirectory(directory: string, projectDirectory: string): string {
  fs.mkdirSync(directory, { recursive: true })
  const real = fs.realpathSync(directory)
  const root = fs.realpathSync(projectDirectory)
  const relative = (target: string) => path.relative(projectDirectory, target).split(path.sep).join('/')
  if (real !== root && !real.startsWith(root + path.sep)) {
    throw new SpecloopFailure(
      specloopError(
        'SANDBOX_LINK',
        `${relative(directory)} leads outside the project (to ${real}) through a symbolic link`,
        { file: relative(directory) },
        'remove the link: the sandbox lets scenarios write only inside the project'
      )
    )
  }
  const inside = (target: string, folder: string) => target === folder || target.startsWith(folder + path.sep)
  const visit = (current: string) => {
    for (const entry of entriesOf(current)) {
      const full = path.join(current, entry.name)
      // A link that stays inside (specloop's own `runs/latest`) cannot lead a write out.
      if (entry.isSymbolicLink() && !inside(linkTarget(full), real)) {
        throw new SpecloopFailure(
          specloopError(
            'SANDBOX_LINK',
            `${relative(path.join(directory, path.relative(real, full)))} is a symbolic link inside a folder the sandbox lets scenarios write in`,
            { file: relative(path.join(directory, path.relative(real, full))) },
            'remove it: a link there would let a scenario write outside the project'
          )
        )
      }
      if (entry.isDirectory() && !entry.isSymbolicLink()) visit(full)
    }
  }
  visit(real)
  return real
}
