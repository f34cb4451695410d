import fs from 'node:fs'
import path from 'node:path'
import { exitCodeOf, ExitCode, messageOf, SpecloopError, specloopError } from '../errors'
import { featureNameOf, readTemplates, renderTemplate } from '../project'
import type { FeatureTemplate } from '../project'
import { writeFileAtomic } from '../workspace'

export interface TemplatesOptions {
  cwd: string
}

export interface TemplateListing {
  name: string
  description: string
  /** `built-in`, or the template's file in the project. */
  source: string
  overrides: boolean
}

export interface TemplatesResult {
  templates: TemplateListing[]
  /** The project's templates folder (it may not exist yet). */
  folder: string
  errors: SpecloopError[]
  warnings: SpecloopError[]
  exitCode: ExitCode
}

const listing = ({ name, description, source, overrides }: FeatureTemplate): TemplateListing => ({ name, description, source, overrides })

/** `specloop templates`: the built-in spec templates and the project's own. */
export function templates(options: TemplatesOptions): TemplatesResult {
  const catalogue = readTemplates(path.resolve(options.cwd))
  return {
    templates: catalogue.templates.map(listing),
    folder: catalogue.folder,
    errors: catalogue.errors,
    warnings: [],
    exitCode: exitCodeOf({ couldNotRun: catalogue.errors.length, problems: false })
  }
}

export interface NewFeatureOptions {
  cwd: string
  /** The feature's name: `shipping-cost`, or `billing/shipping-cost` for a folder. */
  name: string
  template?: string
}

export interface NewFeatureResult {
  /** The feature written, relative to the project. */
  file?: string
  template?: TemplateListing
  errors: SpecloopError[]
  warnings: SpecloopError[]
  exitCode: ExitCode
}

/** `specloop new feature NAME --template T`: a well-formed feature from a template; an existing file is never touched. */
export function newFeature(options: NewFeatureOptions): NewFeatureResult {
  const result: NewFeatureResult = { errors: [], warnings: [], exitCode: 0 }
  const refuse = (error: SpecloopError): NewFeatureResult => ({
    ...result,
    errors: [error],
    exitCode: exitCodeOf({ couldNotRun: true, problems: false })
  })
  const cwd = path.resolve(options.cwd)
  const catalogue = readTemplates(cwd)
  if (catalogue.errors.length > 0)
    return { ...result, errors: catalogue.errors, exitCode: exitCodeOf({ couldNotRun: true, problems: false }) }
  const chosen = chosenTemplate(catalogue, options)
  if ('error' in chosen) return refuse(chosen.error)
  const { template } = chosen
  const named = featureNameOf(options.name)
  if ('error' in named)
    return refuse(
      specloopError(
        'NEW_BAD_NAME',
        named.error,
        {},
        `e.g. specloop new feature shipping-cost --template ${template.name}, or billing/shipping-cost for features/billing/`
      )
    )
  const target = path.join(cwd, named.file)
  if (fs.existsSync(target))
    return refuse(
      specloopError(
        'NEW_FEATURE_EXISTS',
        'the feature exists already: nothing was written',
        { file: named.file },
        'choose another name, or edit that feature'
      )
    )
  const rendered = renderTemplate(template, named.title, named.file)
  if (rendered.error) return refuse(rendered.error)
  try {
    writeFileAtomic(target, rendered.text)
  } catch (thrown) {
    return refuse(specloopError('NEW_USAGE', `could not write ${named.file}: ${messageOf(thrown)}`, { file: named.file }))
  }
  return { ...result, file: named.file, template: listing(template) }
}

/** The template `--template` names, or why there is none: its name is missing or unknown. */
function chosenTemplate(
  catalogue: ReturnType<typeof readTemplates>,
  options: NewFeatureOptions
): { template: FeatureTemplate } | { error: SpecloopError } {
  const names = catalogue.templates.map((template) => template.name)
  const choose = `choose one of ${names.join(', ')}`
  if (options.template === undefined)
    return {
      error: specloopError(
        'NEW_USAGE',
        'which template? --template is missing',
        {},
        `${choose}: specloop new feature ${options.name} --template ${names[0] ?? 'rule-table'}`
      )
    }
  const template = catalogue.templates.find((candidate) => candidate.name === options.template)
  if (template) return { template }
  return {
    error: specloopError(
      'TEMPLATE_UNKNOWN',
      `unknown template "${options.template}"`,
      {},
      `${choose}; specloop templates describes them, and a project's own go in ${catalogue.folder}/NAME.feature`
    )
  }
}
