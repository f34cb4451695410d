import fs from 'node:fs'
import { Writable } from 'node:stream'
import path from 'node:path'
import type { IRunConfiguration } from '@cucumber/cucumber/api'
import { escapeRegExp } from '../text'
import { packageRoot } from '../package-root'
import { SpecloopError, specloopError, messageOf } from '../errors'
import { CucumberModules, loadCucumberModules, locateCucumber } from './cucumber-modules'

/** The configuration files cucumber-js reads on its own, in the order it looks for them. */
export const CONFIG_FILE_NAMES = ['cucumber.js', 'cucumber.cjs', 'cucumber.mjs', 'cucumber.json', 'cucumber.yaml', 'cucumber.yml']

/** Where specloop writes the step definitions and support code it generates: a configuration must load them. */
export const GENERATED_GLOBS = ['generated/support/**/*.ts', 'generated/steps/**/*.ts'] as const

/** What specloop assumes when a project has no cucumber configuration file. */
export const DEFAULT_LAYOUT = {
  paths: ['features/**/*.feature'],
  require: ['steps/**/*.ts', ...GENERATED_GLOBS],
  requireModule: [require.resolve('./register-typescript')]
}

export interface ProjectOptions {
  cwd: string
  env?: NodeJS.ProcessEnv
  /** Cucumber profiles to use, as `cucumber-js --profile`. */
  profiles?: string[]
  /** An explicit configuration file, as `cucumber-js --config`. */
  configFile?: string
  /**
   * Feature files, folders, `FILE:LINE` or `@rerun.txt` given to the command: as cucumber-js's
   * arguments, they replace the configured `paths` (a file outside them is read all the same).
   */
  featureArguments?: string[]
}

export interface Project {
  cwd: string
  env: NodeJS.ProcessEnv
  /** Relative to cwd; absent when the defaults were used. */
  configFile?: string
  cucumber: CucumberModules
  runConfiguration: IRunConfiguration
  /** Absolute, sorted, as cucumber resolves them. */
  featurePaths: string[]
  requirePaths: string[]
  importPaths: string[]
}

export type ProjectResult = { project: Project; error?: undefined } | { project?: undefined; error: SpecloopError }

/**
 * The cucumber-js arguments that run a project as specloop reads it: its configuration file and
 * profiles, or, where it has none, specloop's default layout (which loads specloop's TypeScript
 * register, so a sandboxed run must be able to read it: `readPaths`).
 */
export function suiteArguments(
  cwd: string,
  configFile: string | undefined,
  profiles: readonly string[] = []
): { args: string[]; readPaths: string[] } {
  const withProfiles = profiles.flatMap((profile) => ['--profile', profile])
  if (configFile !== undefined) return { args: ['--config', configFile, ...withProfiles], readPaths: [] }
  if (locateConfigFile(cwd) !== undefined) return { args: withProfiles, readPaths: [] }
  return {
    args: [
      ...DEFAULT_LAYOUT.requireModule.flatMap((module) => ['--require-module', module]),
      ...DEFAULT_LAYOUT.require.flatMap((glob) => ['--require', glob]),
      ...withProfiles,
      ...DEFAULT_LAYOUT.paths
    ],
    readPaths: [packageRoot, realpathOrSelf(packageRoot)]
  }
}

/**
 * The folders of generated code (`generated/steps`, `generated/support`) that hold files the
 * project's configuration loads none of: cucumber-js would leave their steps undefined.
 */
export function unloadedGeneratedFolders(project: Pick<Project, 'cwd' | 'requirePaths' | 'importPaths'>): string[] {
  const loaded = [...project.requirePaths, ...project.importPaths].map((file) => path.resolve(file))
  return GENERATED_GLOBS.map((glob) => glob.slice(0, glob.indexOf('/**'))).filter((folder) => {
    const absolute = path.join(project.cwd, folder)
    let files: string[]
    try {
      files = fs.readdirSync(absolute, { recursive: true, encoding: 'utf8' }).filter((file) => /\.[cm]?[jt]s$/.test(file))
    } catch {
      return false
    }
    return files.length > 0 && !loaded.some((file) => file.startsWith(absolute + path.sep))
  })
}

export function locateConfigFile(cwd: string): string | undefined {
  return CONFIG_FILE_NAMES.find((name) => fs.existsSync(path.join(cwd, name)))
}

/**
 * The project a folder belongs to, as git finds its repository: the folder itself when it has a
 * cucumber configuration or a package.json, else the nearest folder above that has one, not
 * beyond the repository's root. Undefined when none does (the folder is then taken as it is).
 */
export function enclosingProject(directory: string): string | undefined {
  for (let current = path.resolve(directory); ; current = path.dirname(current)) {
    if (locateConfigFile(current) !== undefined || fs.existsSync(path.join(current, 'package.json'))) return current
    if (fs.existsSync(path.join(current, '.git')) || path.dirname(current) === current) return undefined
  }
}

function causeChain(thrown: unknown): unknown[] {
  const chain: unknown[] = []
  for (let current = thrown; current !== undefined && chain.length < 5; current = (current as { cause?: unknown })?.cause)
    chain.push(current)
  return chain
}

/** Finds a line and column in a configuration error (or its causes), so the message can point at it. */
function locateConfigError(thrown: unknown, configPath: string): { line?: number; column?: number } {
  const escaped = escapeRegExp(configPath)
  for (const error of causeChain(thrown)) {
    const yamlPosition = (error as { linePos?: { line: number; col: number }[] })?.linePos?.[0]
    if (yamlPosition) return { line: yamlPosition.line, column: yamlPosition.col }
    const text = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error)
    // A syntax error's stack starts "file:line", then the source line, then a caret line.
    const syntax = new RegExp(`^${escaped}:(\\d+)\\n.*\\n(\\s*)\\^`, 'm').exec(text)
    if (syntax) return { line: Number(syntax[1]), column: syntax[2].length + 1 }
    const frame = new RegExp(`${escaped}:(\\d+)(?::(\\d+))?`).exec(text)
    if (frame) return { line: Number(frame[1]), column: frame[2] ? Number(frame[2]) : undefined }
    const jsonPosition = /line (\d+) column (\d+)/.exec(text)
    if (jsonPosition) return { line: Number(jsonPosition[1]), column: Number(jsonPosition[2]) }
    // Node 20's JSON.parse names an offset: "Unexpected token } in JSON at position 60".
    const offset = /in JSON at position (\d+)/.exec(text)
    if (offset) return positionOf(configPath, Number(offset[1]))
  }
  return {}
}

function positionOf(file: string, offset: number): { line?: number; column?: number } {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch {
    return {}
  }
  const before = text.slice(0, offset).split('\n')
  return { line: before.length, column: before[before.length - 1].length + 1 }
}

/** The innermost cause says what is actually wrong ("Unexpected identifier 'oops'"). */
function describeConfigError(thrown: unknown): string {
  const chain = causeChain(thrown)
  const innermost = chain[chain.length - 1]
  const name = innermost instanceof SyntaxError ? 'syntax error: ' : ''
  return name + messageOf(innermost).split('\n')[0]
}

/**
 * Resolves the project the way `cucumber-js` would: its configuration file and profiles
 * through cucumber's own API, then its feature and support paths through cucumber's own
 * path resolution. Without a configuration file, specloop's defaults apply.
 */
export async function resolveProject(options: ProjectOptions): Promise<ProjectResult> {
  const cwd = path.resolve(options.cwd)
  const env = options.env ?? {}
  const notADirectory = projectDirectoryError(cwd)
  if (notADirectory) return { error: notADirectory }
  const configFile = options.configFile ?? locateConfigFile(cwd)
  if (configFile !== undefined && !fs.existsSync(path.resolve(cwd, configFile))) {
    return { error: specloopError('CONFIG_NOT_FOUND', `configuration file not found: ${configFile}`) }
  }
  if (locateCucumber(cwd) === undefined) return { error: cucumberMissingError(cwd) }
  const cucumber = loadCucumberModules(cwd)
  const loaded = await loadRunConfiguration(cucumber, cwd, env, configFile, options.profiles)
  if (loaded.error) return { error: loaded.error }
  const runConfiguration = options.featureArguments?.length
    ? { ...loaded.runConfiguration, sources: { ...loaded.runConfiguration.sources, paths: options.featureArguments } }
    : loaded.runConfiguration
  const silentLogger = { debug() {}, info() {}, warn() {}, error() {} }
  try {
    const { requireModules = [], requirePaths = [], importPaths = [], loaders = [] } = runConfiguration.support
    const resolved = await cucumber.resolvePaths(silentLogger, cwd, runConfiguration.sources, {
      requireModules,
      requirePaths,
      importPaths,
      loaders
    })
    return {
      project: {
        cwd,
        env,
        configFile,
        cucumber,
        runConfiguration,
        featurePaths: resolved.sourcePaths,
        requirePaths: resolved.requirePaths,
        importPaths: resolved.importPaths
      }
    }
  } catch (thrown) {
    return { error: specloopError('PATHS_INVALID', `could not resolve the project's paths: ${messageOf(thrown)}`, { file: configFile }) }
  }
}

function projectDirectoryError(cwd: string): SpecloopError | undefined {
  let stat: fs.Stats
  try {
    stat = fs.statSync(cwd)
  } catch {
    return specloopError('PROJECT_NOT_FOUND', `directory not found: ${cwd}`, {}, 'pass an existing project directory with -C')
  }
  if (!stat.isDirectory()) return specloopError('PROJECT_NOT_DIRECTORY', `not a directory: ${cwd}`, {}, 'pass a project directory with -C')
  return undefined
}

function cucumberMissingError(cwd: string): SpecloopError {
  const manifest = fs.existsSync(path.join(cwd, 'package.json')) ? { file: 'package.json' } : {}
  return specloopError(
    'CUCUMBER_MISSING',
    `@cucumber/cucumber cannot be resolved from the project (${cwd}): specloop runs the project's own cucumber-js 12.x, a peer dependency`,
    manifest,
    'npm i -D @cucumber/cucumber@12'
  )
}

/** The run configuration through cucumber's own API: the file and profiles given, or specloop's layout without a file. */
async function loadRunConfiguration(
  cucumber: CucumberModules,
  cwd: string,
  env: NodeJS.ProcessEnv,
  configFile: string | undefined,
  profiles: string[] | undefined
): Promise<{ runConfiguration: IRunConfiguration; error?: undefined } | { error: SpecloopError }> {
  try {
    const loaded = await cucumber.api.loadConfiguration(
      configFile === undefined ? { file: false, provided: DEFAULT_LAYOUT } : { file: configFile, profiles: profiles ?? [] },
      { cwd, env, stderr: new Writable({ write: (_chunk, _encoding, done) => done() }) }
    )
    return { runConfiguration: loaded.runConfiguration }
  } catch (thrown) {
    const file = configFile ?? 'cucumber configuration'
    const location = configFile ? locateConfigError(thrown, path.resolve(cwd, configFile)) : {}
    return {
      error: specloopError(
        'CONFIG_INVALID',
        `invalid cucumber configuration: ${describeConfigError(thrown)}`,
        { file, ...location },
        'fix the configuration file; `npx cucumber-js` would fail on it too'
      )
    }
  }
}

/** Project-relative path with forward slashes, as cucumber writes URIs. */
export function toUri(project: { cwd: string }, absolutePath: string): string {
  return path.relative(project.cwd, absolutePath).split(path.sep).join('/')
}

function realpathOrSelf(file: string): string {
  try {
    return fs.realpathSync(file)
  } catch {
    return file
  }
}
