import path from 'node:path'
import { IdGenerator } from '@cucumber/messages'
import { SpecloopError, compareLocations, specloopError } from '../errors'
import {
  describeParseError,
  emptyExampleCells,
  keywordTypos,
  parseFeature,
  ParsedFeature,
  stepLimitErrors,
  unknownPlaceholders
} from '../gherkin'
import { maxFeatureBytes, Project, readFeatureSources, resolveProject, ProjectOptions, toUri } from '../project'
import { workspacesWithFeatures } from '../project/npm-workspace'
import { bindSteps, Binding, loadSupportCode, LoadedSupport } from '../binding'

/** Everything specloop knows statically about a project: its specs and how they bind. */
export interface Specification {
  project: Project
  features: ParsedFeature[]
  /** Unreadable, non-UTF-8, empty and unparsable feature files, sorted by path and line. */
  sourceErrors: SpecloopError[]
  /** Worth telling, not failing: empty feature files (cucumber accepts them). */
  warnings: SpecloopError[]
  support: LoadedSupport
  /** Absent when support code failed to load: binding would report false undefined steps. */
  binding?: Binding
}

export type SpecificationResult =
  | { specification: Specification; error?: undefined; errors?: undefined }
  /** `errors` holds every error that stopped it when there are several (`error` is the first). */
  | { specification?: undefined; error: SpecloopError; errors?: SpecloopError[] }

export interface ProjectFeatures {
  /** Every feature that could be read, parsed (with its parse errors). */
  features: ParsedFeature[]
  /** Files that cannot be read or are not text, located. */
  readErrors: SpecloopError[]
  /**
   * Input too large or too complex to work on safely (a huge file, a step with thousands of
   * values), located: the command stops with exit 2 before binding, generating or running.
   */
  refused: SpecloopError[]
}

/** The one place feature files are read and parsed for check, generate and verify, with the input limits applied. */
export async function readProjectFeatures(project: Project): Promise<ProjectFeatures> {
  const limit = maxFeatureBytes(project.env)
  if (limit.error) return { features: [], readErrors: [], refused: [limit.error] }
  const read = await readFeatureSources(
    project.featurePaths.map((absolutePath) => ({ absolutePath, uri: toUri(project, absolutePath) })),
    { maxBytes: limit.bytes }
  )
  if (read.refused.length > 0) return { features: [], readErrors: read.errors, refused: read.refused }
  const newId = IdGenerator.incrementing()
  const defaultDialect = project.runConfiguration.sources.defaultDialect
  const features = read.sources.map((source) => parseFeature(source, { newId, defaultDialect }))
  return { features, readErrors: read.errors, refused: features.flatMap(stepLimitErrors) }
}

/**
 * No feature file where the project looks: at an npm workspaces root, the workspaces that have
 * features are named (`-C packages/billing`); else where to write one.
 */
export function noFeaturesError(project: Project): SpecloopError {
  const patterns = project.runConfiguration.sources.paths.join(', ') || 'features/**/*.feature'
  const workspaces = workspacesWithFeatures(project.cwd)
  return specloopError(
    'NO_FEATURES',
    `no feature files found (looked for ${patterns} in ${project.cwd})`,
    {},
    workspaces.length > 0
      ? `this is an npm workspaces root: run specloop in a workspace with features, ${workspaces.map((workspace) => `-C ${workspace}`).join(' or ')}`
      : 'write a .feature file under features/ or set `paths` in the cucumber configuration'
  )
}

export async function loadSpecification(options: ProjectOptions, loadSupport = true): Promise<SpecificationResult> {
  const resolved = await resolveProject(options)
  if (resolved.error) return { error: resolved.error }
  const project = resolved.project
  if (project.featurePaths.length === 0) return { error: noFeaturesError(project) }
  const { features, readErrors, refused } = await readProjectFeatures(project)
  if (refused.length > 0) return { error: refused[0], errors: refused }
  const typos = features.flatMap((feature) => keywordTypos(feature.uri, feature.gherkinDocument, feature.source))
  const sourceErrors = [
    ...readErrors,
    // A scenario whose only lines are steps with a mistyped keyword checks nothing: a problem of the spec.
    ...typos.filter((typo) => typo.code === 'STEPS_MISTYPED'),
    ...features.flatMap((feature) => feature.errors),
    // An outline's placeholder that names no column leaves that column unchecked: a problem of the spec.
    ...features.flatMap((feature) => unknownPlaceholders(feature.uri, feature.gherkinDocument)),
    ...cucumberCompatibilityErrors(project, features)
  ].sort((a, b) => compareLocations(a, b))
  const support: LoadedSupport = loadSupport ? await loadSupportCode(project) : { definitions: [], undefinedParameterTypes: [], errors: [] }
  const binding = support.errors.length === 0 ? bindSteps(features, support.definitions) : undefined
  const warnings = features
    .filter((feature) => feature.errors.length === 0 && !feature.gherkinDocument?.feature)
    .map((feature) =>
      specloopError(
        'FEATURE_EMPTY',
        "no feature in this file: expected 'Feature:'",
        { file: feature.uri, line: 1, column: 1 },
        'write a feature or delete the file'
      )
    )
  warnings.push(...typos.filter((typo) => typo.code !== 'STEPS_MISTYPED'))
  warnings.push(...features.flatMap((feature) => emptyExampleCells(feature.uri, feature.gherkinDocument)))
  return { specification: { project, features, sourceErrors, warnings, support, binding } }
}

/**
 * specloop parses with the newest gherkin (the conformance corpus); the project's cucumber
 * may bundle an older one. The only grammar the newer one adds is a step with both a data
 * table and a doc string, so only files using it are parsed again with cucumber's gherkin:
 * a file `npx cucumber-js` would reject must not pass `check`.
 */
function cucumberCompatibilityErrors(project: Project, features: ParsedFeature[]): SpecloopError[] {
  const usesBothArguments = (feature: ParsedFeature) =>
    feature.pickles.some((pickle) => pickle.steps.some((step) => step.argument?.dataTable && step.argument?.docString))
  const suspects = features.filter(usesBothArguments)
  if (suspects.length === 0) return []
  let cucumberGherkin: typeof import('@cucumber/gherkin')
  try {
    cucumberGherkin = require(require.resolve('@cucumber/gherkin', { paths: [project.cucumber.packageDirectory] }))
  } catch {
    return []
  }
  const gherkinVersion: string = require(
    path.join(
      path.dirname(require.resolve('@cucumber/gherkin/package.json', { paths: [project.cucumber.packageDirectory] })),
      'package.json'
    )
  ).version
  return suspects.flatMap((feature) =>
    cucumberGherkin
      .generateMessages(feature.source, feature.uri, 'text/x.cucumber.gherkin+plain' as never, {
        includeGherkinDocument: true,
        includePickles: false,
        includeSource: false,
        newId: IdGenerator.incrementing()
      })
      .filter((envelope) => envelope.parseError)
      .map((envelope) =>
        specloopError(
          'CUCUMBER_INCOMPATIBLE',
          `cucumber-js ${project.cucumber.version} (gherkin ${gherkinVersion}) cannot parse this: ${describeParseError(envelope.parseError!.message)}`,
          { file: feature.uri, line: envelope.parseError!.source.location?.line, column: envelope.parseError!.source.location?.column },
          'a step with both a data table and a doc string needs a newer cucumber-js; split the step in two'
        )
      )
  )
}
