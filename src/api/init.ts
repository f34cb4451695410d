import fs from 'node:fs'
import path from 'node:path'
import { exitCodeOf, ExitCode, jsonErrorLocation, SpecloopError, specloopError, messageOf } from '../errors'
import { writeFileAtomic } from '../workspace'
import { EDITOR_SETTINGS, EDITOR_SETTINGS_PATH, EXAMPLE_FILES, initTemplates } from '../project/init-templates'
import { locateNxJson, NX_PLUGIN, registerNxPlugin } from '../project/nx-workspace'
import { locateWorkspaceRoot } from '../project/npm-workspace'
import { readProjectTsconfig } from '../project/tsconfig'
import { CONFIG_FILE_NAMES, GENERATED_GLOBS } from '../project'
import { installRecordOf, specloopDependencyOf } from '../project/install-source'
import type { SpecloopDependency } from '../project/install-source'
export type { SpecloopDependency }
import { packageRoot } from '../package-root'
import { version } from '../version'
import { packageTypeOf } from '../runner/module-format'

export interface InitOptions {
  /** The project's directory: created when missing; an existing project gains what it lacks. */
  directory: string
}

export interface PackageMerge {
  /** Keys added, as `scripts.test` or `devDependencies.chai`; nothing that existed is changed. */
  added: string[]
  /** Scripts that were npm's placeholder (`npm init`'s failing `test`), replaced by specloop's. */
  replaced: string[]
  /** Scripts the project has its own of, kept: each with the command specloop's template would have added. */
  keptScripts: { key: string; command: string }[]
}

export interface InitResult {
  directory: string
  /** Files created. */
  written: string[]
  /** package.json of an existing project, with what was added to it (absent when there was none). */
  merged?: PackageMerge
  /** Files that already existed and were left exactly as they were. */
  kept: string[]
  /** The editor settings: created, keys added to the project's own, or what to add by hand. */
  editor?: { file: string; action: 'created' | 'merged' | 'complete' | 'by-hand'; added: string[] }
  /**
   * The project's own tsconfig.json where it compiles for an older JavaScript than cucumber-js's
   * World class needs (tsc's default is ES5): the target added, or what to set by hand.
   */
  tsconfig?: { file: string; action: 'target-added' | 'by-hand'; target: string }
  /**
   * How the project names specloop: as it was installed here (the same tarball or folder, or the
   * registry's version), or left out, with why and the command that adds it.
   */
  specloop: SpecloopDependency
  /** In an npm workspaces monorepo whose workspaces include the project: the root (absolute), where `npm install` runs. */
  workspaceRoot?: string
  /**
   * The project's own cucumber configuration (`cucumber.json`, `.yaml`, `.cjs`, ...), kept: no
   * `cucumber.js` is written beside it (cucumber-js would read that one first), and these are the
   * globs of generated code it must load.
   */
  cucumberConfig?: { file: string; add: string[] }
  /** The project's own .gitignore, kept: the lines specloop's template has that it lacks (its runs, cache, reports). */
  gitignore?: { add: string[] }
  /** In an Nx workspace: its nx.json (absolute), and whether specloop's plugin was added to it or was there. */
  nx?: { file: string; plugin: string; action: 'registered' | 'complete' }
  errors: SpecloopError[]
  warnings: SpecloopError[]
  /** 0 done, 2 it could not be (the path is a file, a write failed). */
  exitCode: ExitCode
}

function projectNameOf(directory: string): string {
  const base = path
    .basename(directory)
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[._-]+/, '')
  return base || 'spec-project'
}

type Manifest = Record<string, unknown> & {
  scripts?: Record<string, string>
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
}

/** The `test` script `npm init` writes: not a script anyone wrote, and it fails. Exactly this text is replaced. */
const NPM_PLACEHOLDER_TEST = 'echo "Error: no test specified" && exit 1'

/**
 * What a project's package.json lacks of the template's scripts and dev dependencies; never a
 * change to what it has, except npm's placeholder `test` script, which is replaced.
 */
function mergePackageJson(existing: Manifest, template: Manifest): { manifest: Manifest } & PackageMerge {
  const manifest: Manifest = { ...existing }
  const added: string[] = []
  const replaced: string[] = []
  const keptScripts: PackageMerge['keptScripts'] = []
  const scripts = { ...(existing.scripts ?? {}) }
  for (const [name, command] of Object.entries(template.scripts ?? {})) {
    if (scripts[name] === undefined) {
      scripts[name] = command
      added.push(`scripts.${name}`)
    } else if (name === 'test' && scripts[name].trim() === NPM_PLACEHOLDER_TEST) {
      scripts[name] = command
      replaced.push(`scripts.${name}`)
    } else if (scripts[name] !== command) keptScripts.push({ key: `scripts.${name}`, command })
  }
  const devDependencies = { ...(existing.devDependencies ?? {}) }
  for (const [name, range] of Object.entries(template.devDependencies ?? {})) {
    if (devDependencies[name] === undefined && existing.dependencies?.[name] === undefined) {
      devDependencies[name] = range
      added.push(`devDependencies.${name}`)
    }
  }
  if (added.some((key) => key.startsWith('scripts.')) || replaced.length > 0) manifest.scripts = scripts
  if (added.some((key) => key.startsWith('devDependencies.'))) manifest.devDependencies = devDependencies
  return { manifest, added, replaced, keptScripts }
}

/** A JSON object read from a file, or the located error that stops init before it writes anything. */
function parseJsonObject<T>(text: string, file: string): { value: T; error?: undefined } | { error: SpecloopError } {
  try {
    const value = JSON.parse(text) as unknown
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('expected a JSON object')
    return { value: value as T }
  } catch (thrown) {
    const name = path.basename(file)
    return {
      error: specloopError(
        'CONFIG_INVALID',
        `${name} is not valid JSON: ${messageOf(thrown)}; nothing was written`,
        { file, ...jsonErrorLocation(text, messageOf(thrown)) },
        `fix ${name}, then run specloop init again`
      )
    }
  }
}

/** JSON as the file had it indented, when that can be seen. */
function stringifyLike(text: string, value: unknown): string {
  const indent = /^\{\n(\s+)"/.exec(text)?.[1] ?? '  '
  return `${JSON.stringify(value, null, indent)}\n`
}

/**
 * Scaffolds a spec project, or adds what an existing one lacks: missing files are created,
 * package.json gains the scripts and dev dependencies it does not have, and nothing that exists is
 * overwritten. The example feature comes only with a project that has no features yet.
 */
export function init(options: InitOptions): InitResult {
  const result = scaffold(options)
  return { ...result, exitCode: exitCodeOf({ couldNotRun: result.errors.length, problems: false }) }
}

function scaffold(options: InitOptions): Omit<InitResult, 'exitCode'> {
  const directory = path.resolve(options.directory)
  const specloop = specloopDependencyOf(
    installRecordOf(packageRoot, directory),
    { projectDirectory: directory, packageRoot, version },
    fs.existsSync
  )
  const result: Omit<InitResult, 'exitCode'> = { directory, written: [], kept: [], specloop, errors: [], warnings: [] }
  if (fs.existsSync(directory) && !fs.statSync(directory).isDirectory()) {
    result.errors.push(specloopError('INIT_NOT_DIRECTORY', `not a directory: ${directory}`))
    return result
  }
  const manifestPath = path.join(directory, 'package.json')
  const esModules = fs.existsSync(manifestPath) && packageTypeOf(fs.readFileSync(manifestPath, 'utf8')) === 'module'
  const templates = initTemplates(projectNameOf(directory), specloop.spec, { esModules })
  const hasFeatures = fs.existsSync(path.join(directory, 'features'))
  // A configuration of the project's own is its suite: a cucumber.js beside it would replace it.
  // Its suite is where that configuration says: no example feature is added to it.
  const ownConfig = CONFIG_FILE_NAMES.find((name) => name !== 'cucumber.js' && fs.existsSync(path.join(directory, name)))
  if (ownConfig !== undefined) result.cucumberConfig = { file: ownConfig, add: globsToAdd(path.join(directory, ownConfig)) }
  // An existing project (it has a package.json) has a README of its own to write, or none.
  const existing = fs.existsSync(path.join(directory, 'package.json'))
  const paths = Object.keys(templates)
    .filter((relative) => !((hasFeatures || ownConfig !== undefined) && (EXAMPLE_FILES as readonly string[]).includes(relative)))
    .filter((relative) => !(ownConfig !== undefined && relative === 'cucumber.js'))
    .filter((relative) => !(existing && relative === 'README.md'))
    .sort()
  // Read and check package.json and nx.json first: a broken one stops init before anything is written.
  const manifest = manifestEdit(directory, templates['package.json']!)
  if (manifest.error) {
    result.errors.push(manifest.error)
    return result
  }
  if (manifest.merged) result.merged = manifest.merged
  if (manifest.declaredSpecloop !== undefined) result.specloop = { spec: manifest.declaredSpecloop, source: 'package.json' }
  const nx = nxJsonEdit(directory)
  if (nx.error) {
    result.errors.push(nx.error)
    return result
  }
  if (nx.nx) result.nx = nx.nx
  const workspaceRoot = locateWorkspaceRoot(directory)
  if (workspaceRoot !== undefined) result.workspaceRoot = workspaceRoot
  try {
    writeScaffold(directory, paths, templates, manifest.text, result)
    if (nx.text !== undefined) writeFileAtomic(nx.file!, nx.text)
  } catch (thrown) {
    result.errors.push(specloopError('INIT_WRITE', `could not write the project: ${messageOf(thrown)}`, { file: directory }))
  }
  return result
}

/**
 * The globs of generated code a configuration file lacks: read from a JSON one's default profile
 * (a glob whose fixed start is the folder's, as `generated/**` or `**`, covers it); every one for
 * a file init cannot read without running it.
 */
function globsToAdd(file: string): string[] {
  let loaded: unknown[] = []
  try {
    if (!file.endsWith('.json')) throw new Error('not JSON')
    const config = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { require?: unknown; import?: unknown } | undefined>
    const profile = config.default ?? (config as { require?: unknown; import?: unknown })
    loaded = [profile.require, profile.import].flatMap((entry) => (Array.isArray(entry) ? entry : []))
  } catch {
    return [...GENERATED_GLOBS]
  }
  const fixedStart = (glob: string) => glob.replace(/[*?[{].*$/, '')
  return GENERATED_GLOBS.filter((glob) => !loaded.some((entry) => typeof entry === 'string' && glob.startsWith(fixedStart(entry))))
}

/** An existing package.json with what the template adds to it (text: only when it gains something). */
function manifestEdit(
  directory: string,
  template: string
): { merged?: PackageMerge; text?: string; declaredSpecloop?: string; error?: SpecloopError } {
  const manifestPath = path.join(directory, 'package.json')
  if (!fs.existsSync(manifestPath)) return {}
  const text = fs.readFileSync(manifestPath, 'utf8')
  const parsed = parseJsonObject<Manifest>(text, manifestPath)
  if (parsed.error) return { error: parsed.error }
  const { manifest, ...merged } = mergePackageJson(parsed.value, JSON.parse(template) as Manifest)
  const declaredSpecloop = parsed.value.devDependencies?.specloop ?? parsed.value.dependencies?.specloop
  return {
    merged,
    ...(merged.added.length + merged.replaced.length > 0 ? { text: stringifyLike(text, manifest) } : {}),
    ...(typeof declaredSpecloop === 'string' ? { declaredSpecloop } : {})
  }
}

/** In an Nx workspace specloop's plugin is registered in its nx.json (text: only when it was not); a broken one stops init too. */
function nxJsonEdit(directory: string): { nx?: InitResult['nx']; file?: string; text?: string; error?: SpecloopError } {
  const nxJsonPath = locateNxJson(directory)
  if (nxJsonPath === undefined) return {}
  const text = fs.readFileSync(nxJsonPath, 'utf8')
  const parsed = parseJsonObject<Record<string, unknown>>(text, nxJsonPath)
  const registration = parsed.error ? undefined : registerNxPlugin(parsed.value)
  if (parsed.error || registration?.error !== undefined) {
    const error =
      parsed.error ??
      specloopError(
        'CONFIG_INVALID',
        `nx.json: ${registration?.error}; nothing was written`,
        { file: nxJsonPath },
        `make "plugins" a list, then run specloop init again`
      )
    // Nx also reads nx.json with comments, which init would lose: those are edited by hand.
    return { error: { ...error, hint: `${error.hint}; or add "${NX_PLUGIN}" to its "plugins" by hand` } }
  }
  return {
    nx: { file: nxJsonPath, plugin: NX_PLUGIN, action: registration?.added ? 'registered' : 'complete' },
    file: nxJsonPath,
    ...(registration?.added ? { text: stringifyLike(text, registration.nxJson) } : {})
  }
}

/** The template's files the project lacks, package.json as merged, the generated/ folders and the editor settings. */
function writeScaffold(
  directory: string,
  paths: string[],
  templates: Record<string, string>,
  mergedManifest: string | undefined,
  result: Omit<InitResult, 'exitCode'>
): void {
  for (const relative of paths) {
    const target = path.join(directory, relative)
    if (relative === 'package.json' && result.merged) {
      if (mergedManifest !== undefined) writeFileAtomic(target, mergedManifest)
      continue
    }
    if (fs.existsSync(target)) {
      result.kept.push(relative)
      continue
    }
    writeFileAtomic(target, templates[relative]!)
    result.written.push(relative)
  }
  for (const folder of ['generated/steps', 'generated/src']) fs.mkdirSync(path.join(directory, folder), { recursive: true })
  if (result.kept.includes('.gitignore')) {
    const lines = new Set(
      fs
        .readFileSync(path.join(directory, '.gitignore'), 'utf8')
        .split(/\r?\n/)
        .map((line) => line.trim())
    )
    const missing = templates['.gitignore']!.split('\n').filter((line) => line && !lines.has(line) && !lines.has(`/${line}`))
    if (missing.length > 0) result.gitignore = { add: missing }
  }
  result.editor = writeEditorSettings(directory)
  if (result.kept.includes('tsconfig.json')) {
    const tsconfig = tsconfigTarget(directory)
    if (tsconfig !== undefined) result.tsconfig = tsconfig
  }
}

/** ScriptTarget.ES2015: a class that extends cucumber-js's World compiled for anything older cannot be constructed. */
const ES2015 = 2
const TARGET = 'ES2022'

/**
 * The project's own tsconfig.json, where its effective target is older than ES2015 (none set:
 * tsc's default, ES5): "target" is added where it sets none and has no comments, else init says
 * what to set. A target the project chose is never changed.
 */
function tsconfigTarget(directory: string): InitResult['tsconfig'] {
  const target = readProjectTsconfig(directory)?.options.target
  if (target !== undefined && target >= ES2015) return undefined
  const file = path.join(directory, 'tsconfig.json')
  const text = fs.readFileSync(file, 'utf8')
  try {
    const config = JSON.parse(text) as { compilerOptions?: Record<string, unknown> }
    const options = config.compilerOptions ?? {}
    if (typeof config !== 'object' || config === null || typeof options !== 'object' || 'target' in options) throw new Error('by hand')
    writeFileAtomic(file, stringifyLike(text, { ...config, compilerOptions: { ...options, target: TARGET } }))
    return { file: 'tsconfig.json', action: 'target-added', target: TARGET }
  } catch {
    return { file: 'tsconfig.json', action: 'by-hand', target: TARGET }
  }
}

/**
 * The Cucumber extension's settings in `.vscode/settings.json`: created when missing; keys the
 * project's own settings lack are added, none it has is changed. Settings with comments (JSONC)
 * are not rewritten (the comments would be lost): init says what to add by hand instead.
 */
function writeEditorSettings(directory: string): NonNullable<InitResult['editor']> {
  const file = path.join(directory, EDITOR_SETTINGS_PATH)
  if (!fs.existsSync(file)) {
    writeFileAtomic(file, `${JSON.stringify(EDITOR_SETTINGS, null, 2)}\n`)
    return { file: EDITOR_SETTINGS_PATH, action: 'created', added: Object.keys(EDITOR_SETTINGS) }
  }
  const text = fs.readFileSync(file, 'utf8')
  let settings: Record<string, unknown>
  try {
    settings = JSON.parse(text) as Record<string, unknown>
    if (settings === null || typeof settings !== 'object' || Array.isArray(settings)) throw new Error('not an object')
  } catch {
    return {
      file: EDITOR_SETTINGS_PATH,
      action: 'by-hand',
      added: Object.keys(EDITOR_SETTINGS).filter((key) => !text.includes(`"${key}"`))
    }
  }
  const missing = Object.keys(EDITOR_SETTINGS).filter((key) => settings[key] === undefined)
  if (missing.length === 0) return { file: EDITOR_SETTINGS_PATH, action: 'complete', added: [] }
  writeFileAtomic(file, stringifyLike(text, { ...settings, ...Object.fromEntries(missing.map((key) => [key, EDITOR_SETTINGS[key]])) }))
  return { file: EDITOR_SETTINGS_PATH, action: 'merged', added: missing }
}
