import fs from 'node:fs'
import path from 'node:path'
import { exitCodeOf, ExitCode, jsonErrorLocation, SpecloopError, specloopError, messageOf } from '../errors'
import { writeFileAtomic } from '../workspace'
import { EDITOR_SETTINGS, EDITOR_SETTINGS_PATH, EXAMPLE_FILES, initTemplates } from '../project/init-templates'

export interface InitOptions {
  /** The project's directory: created when missing; an existing project gains what it lacks. */
  directory: string
}

export interface PackageMerge {
  /** Keys added, as `scripts.test` or `devDependencies.chai`; nothing that existed is changed. */
  added: string[]
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
  errors: SpecloopError[]
  warnings: SpecloopError[]
  /** 0 done, 2 it could not be (the path is a file, a write failed). */
  exitCode: ExitCode
}

function projectNameOf(directory: string): string {
  const base = path.basename(directory).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[._-]+/, '')
  return base || 'spec-project'
}

type Manifest = Record<string, unknown> & { scripts?: Record<string, string>; dependencies?: Record<string, string>; devDependencies?: Record<string, string> }

/** What a project's package.json lacks of the template's scripts and dev dependencies; never a change to what it has. */
export function mergePackageJson(existing: Manifest, template: Manifest): { manifest: Manifest; added: string[] } {
  const manifest: Manifest = { ...existing }
  const added: string[] = []
  const scripts = { ...(existing.scripts ?? {}) }
  for (const [name, command] of Object.entries(template.scripts ?? {})) {
    if (scripts[name] === undefined) {
      scripts[name] = command
      added.push(`scripts.${name}`)
    }
  }
  const devDependencies = { ...(existing.devDependencies ?? {}) }
  for (const [name, range] of Object.entries(template.devDependencies ?? {})) {
    if (devDependencies[name] === undefined && existing.dependencies?.[name] === undefined) {
      devDependencies[name] = range
      added.push(`devDependencies.${name}`)
    }
  }
  if (added.some((key) => key.startsWith('scripts.'))) manifest.scripts = scripts
  if (added.some((key) => key.startsWith('devDependencies.'))) manifest.devDependencies = devDependencies
  return { manifest, added }
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
  const result: Omit<InitResult, 'exitCode'> = { directory, written: [], kept: [], errors: [], warnings: [] }
  if (fs.existsSync(directory) && !fs.statSync(directory).isDirectory()) {
    result.errors.push(specloopError('INIT_NOT_DIRECTORY', `not a directory: ${directory}`))
    return result
  }
  const templates = initTemplates(projectNameOf(directory))
  const hasFeatures = fs.existsSync(path.join(directory, 'features'))
  const paths = Object.keys(templates)
    .filter((relative) => !(hasFeatures && (EXAMPLE_FILES as readonly string[]).includes(relative)))
    .sort()
  // Read and check package.json first: a broken one stops init before anything is written.
  let mergedManifest: string | undefined
  const manifestPath = path.join(directory, 'package.json')
  if (fs.existsSync(manifestPath)) {
    const text = fs.readFileSync(manifestPath, 'utf8')
    let existing: Manifest
    try {
      existing = JSON.parse(text) as Manifest
      if (existing === null || typeof existing !== 'object' || Array.isArray(existing)) throw new Error('expected a JSON object')
    } catch (thrown) {
      const location = jsonErrorLocation(text, messageOf(thrown))
      result.errors.push(specloopError('CONFIG_INVALID', `package.json is not valid JSON: ${messageOf(thrown)}; nothing was written`, { file: manifestPath, ...location }, 'fix package.json, then run specloop init again'))
      return result
    }
    const { manifest, added } = mergePackageJson(existing, JSON.parse(templates['package.json']!) as Manifest)
    result.merged = { added }
    // The project's own indentation is kept when it can be seen.
    const indent = /^\{\n(\s+)"/.exec(text)?.[1] ?? '  '
    if (added.length > 0) mergedManifest = `${JSON.stringify(manifest, null, indent)}\n`
  }
  try {
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
    result.editor = writeEditorSettings(directory)
  } catch (thrown) {
    result.errors.push(specloopError('INIT_WRITE', `could not write the project: ${messageOf(thrown)}`, { file: directory }))
  }
  return result
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
    return { file: EDITOR_SETTINGS_PATH, action: 'by-hand', added: Object.keys(EDITOR_SETTINGS).filter((key) => !text.includes(`"${key}"`)) }
  }
  const missing = Object.keys(EDITOR_SETTINGS).filter((key) => settings[key] === undefined)
  if (missing.length === 0) return { file: EDITOR_SETTINGS_PATH, action: 'complete', added: [] }
  const indent = /^\{\n(\s+)"/.exec(text)?.[1] ?? '  '
  writeFileAtomic(file, `${JSON.stringify({ ...settings, ...Object.fromEntries(missing.map((key) => [key, EDITOR_SETTINGS[key]])) }, null, indent)}\n`)
  return { file: EDITOR_SETTINGS_PATH, action: 'merged', added: missing }
}
