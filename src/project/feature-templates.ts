import fs from 'node:fs'
import path from 'node:path'
import { lineAndColumn, SpecloopError, specloopError, parseJson } from '../errors'
import { parseFeature } from '../gherkin'
import { packageRoot } from '../package-root'

/** The folder of a project's own spec templates, unless specloop.json says `"templates": "…"`. */
const DEFAULT_TEMPLATES_FOLDER = 'spec-templates'
/** The tag a feature written from a template carries: where it came from stays in the spec. */
const TEMPLATE_TAG_PREFIX = '@template:'
const BUILT_IN_FOLDER = path.join(packageRoot, 'templates')
const TEMPLATE_NAME = /^[a-z0-9][a-z0-9-]*$/
const NAME_PLACEHOLDER = /\{\{name\}\}/g

export interface FeatureTemplate {
  name: string
  /** The first `# template: NAME — …` line's description. */
  description: string
  /** `built-in`, or the template's path in the project. */
  source: string
  /** A project template with a built-in's name replaces it. */
  overrides: boolean
  text: string
}

export interface TemplateCatalogue {
  templates: FeatureTemplate[]
  folder: string
  errors: SpecloopError[]
}

/** The template a feature was written from: its `@template:NAME` tag. */
export function templateOfTags(tags: readonly string[]): string | undefined {
  const tag = tags.find((name) => name.startsWith(TEMPLATE_TAG_PREFIX))
  return tag?.slice(TEMPLATE_TAG_PREFIX.length) || undefined
}

function describe(text: string): string {
  const header = /^#\s*template:\s*[\w-]+\s*(?:—|-{1,2}|:)?\s*(.*)$/m.exec(text)
  return header?.[1]?.trim() ?? ''
}

function readFolder(folder: string, source: (file: string) => string, overrides: (name: string) => boolean): FeatureTemplate[] {
  let entries: string[]
  try {
    entries = fs
      .readdirSync(folder)
      .filter((entry) => entry.endsWith('.feature'))
      .sort()
  } catch {
    return []
  }
  return entries.flatMap((entry) => {
    const name = entry.slice(0, -'.feature'.length)
    if (!TEMPLATE_NAME.test(name)) return []
    const text = fs.readFileSync(path.join(folder, entry), 'utf8')
    return [{ name, description: describe(text), source: source(entry), overrides: overrides(name), text }]
  })
}

/** The project's templates folder: `"templates"` in specloop.json, else spec-templates/. */
function templatesFolderOf(cwd: string): { folder: string; error?: SpecloopError } {
  const file = path.join(cwd, 'specloop.json')
  if (!fs.existsSync(file)) return { folder: DEFAULT_TEMPLATES_FOLDER }
  const text = fs.readFileSync(file, 'utf8')
  const parsed = parseJson(text, 'specloop.json', 'CONFIG_INVALID', (message) => `invalid JSON: ${message}`)
  if (parsed.error) return { folder: DEFAULT_TEMPLATES_FOLDER, error: parsed.error }
  const document = parsed.value
  const value = typeof document === 'object' && document !== null ? (document as Record<string, unknown>).templates : undefined
  if (value === undefined) return { folder: DEFAULT_TEMPLATES_FOLDER }
  if (typeof value !== 'string' || value.trim() === '' || path.isAbsolute(value) || value.split(/[\\/]/).includes('..')) {
    return {
      folder: DEFAULT_TEMPLATES_FOLDER,
      error: specloopError('CONFIG_INVALID', '"templates" must be a folder inside the project (e.g. "spec-templates")', {
        file: 'specloop.json',
        ...lineAndColumn(text, Math.max(0, text.indexOf('"templates"')))
      })
    }
  }
  return { folder: value.replace(/[\\/]+$/, '') }
}

/** specloop's templates and the project's own; a project template of the same name wins. */
export function readTemplates(cwd: string): TemplateCatalogue {
  const located = templatesFolderOf(cwd)
  const builtIn = readFolder(
    BUILT_IN_FOLDER,
    () => 'built-in',
    () => false
  )
  const builtInNames = new Set(builtIn.map((template) => template.name))
  const own = readFolder(
    path.join(cwd, located.folder),
    (entry) => `${located.folder}/${entry}`,
    (name) => builtInNames.has(name)
  )
  const ownNames = new Set(own.map((template) => template.name))
  return {
    templates: [...builtIn.filter((template) => !ownNames.has(template.name)), ...own].sort((a, b) => a.name.localeCompare(b.name)),
    folder: located.folder,
    errors: located.error ? [located.error] : []
  }
}

/** `billing/shipping-cost` → the feature's file and its title. */
export function featureNameOf(name: string): { file: string; title: string } | { error: string } {
  const stem = name.trim().replace(/\.feature$/, '')
  const parts = stem.split('/')
  if (!stem || parts.some((part) => !/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(part))) {
    return { error: `"${name}" is not a feature name: use letters, digits, hyphens and underscores, with / for a folder` }
  }
  const last = parts[parts.length - 1]!.replace(/[-_]+/g, ' ')
  return { file: `features/${stem}.feature`, title: last.charAt(0).toUpperCase() + last.slice(1) }
}

/**
 * The feature a template gives for a title: `{{name}}` filled in and the `@template:NAME` tag on
 * the Feature line. A template that does not make a parseable feature is an error at its line.
 */
export function renderTemplate(
  template: FeatureTemplate,
  title: string,
  uri: string
): { text: string; error?: undefined } | { error: SpecloopError; text?: undefined } {
  const lines = template.text.replace(NAME_PLACEHOLDER, title).split('\n')
  const featureLine = lines.findIndex((line) => /^\s*Feature:/.test(line))
  const where = template.source === 'built-in' ? `templates/${template.name}.feature` : template.source
  if (featureLine < 0)
    return {
      error: specloopError(
        'TEMPLATE_INVALID',
        `the template "${template.name}" has no Feature: line`,
        { file: where, line: 1, column: 1 },
        "a template is a .feature file, with {{name}} where the feature's name goes"
      )
    }
  const indent = /^\s*/.exec(lines[featureLine]!)![0]
  lines.splice(featureLine, 0, `${indent}${TEMPLATE_TAG_PREFIX}${template.name}`)
  const text = lines.join('\n')
  const parsed = parseFeature({ uri, data: text })
  const problem = parsed.errors[0]
  if (problem) {
    // The line in the template: one line was inserted above the Feature line.
    const line = problem.line !== undefined && problem.line > featureLine + 1 ? problem.line - 1 : problem.line
    return {
      error: specloopError(
        'TEMPLATE_INVALID',
        `the template "${template.name}" is not a valid feature: ${problem.message}`,
        { file: where, ...(line !== undefined ? { line } : {}), ...(problem.column !== undefined ? { column: problem.column } : {}) },
        'fix the template file'
      )
    }
  }
  return { text }
}
