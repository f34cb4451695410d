import path from 'node:path'
import { exitCodeOf, ExitCode, SpecloopError } from '../errors'
import type { ProjectOptions } from '../project'
import type { AmbiguousStep, Binding, DefinitionLocation, StepDefinitionInfo, StepUse, UndefinedStep } from '../binding'
import { loadSpecification } from '../specification'
import type { Specification } from '../specification'
import { missingPathError } from './verify'
import { analyseSteps } from '../generators/steps'
import type { ParsedFeature } from '../gherkin'

export interface CheckCounts {
  features: number
  scenarios: number
  steps: number
  stepDefinitions: number
  parseErrors: number
  undefinedSteps: number
  /** Step definitions the undefined steps need. */
  undefinedPatterns: number
  ambiguousSteps: number
  unusedDefinitions: number
}

export interface CheckResult {
  cwd: string
  configFile?: string
  /** Every error: the fatal ones, then the parse errors. */
  errors: SpecloopError[]
  /** A problem that stopped the check (no project, bad configuration, support code that throws). */
  fatalErrors: SpecloopError[]
  parseErrors: SpecloopError[]
  warnings: SpecloopError[]
  undefinedSteps: UndefinedStep[]
  /**
   * The same steps grouped by the step definition each would need (the Cucumber Expression
   * `generate` would write): an outline's rows are one pattern, counted, not listed.
   */
  undefinedPatterns: UndefinedPattern[]
  ambiguousSteps: AmbiguousStep[]
  unusedDefinitions: DefinitionLocation[]
  undefinedParameterTypes: { name: string; expression: string }[]
  /** False when support code failed to load: steps were not bound, so undefined, ambiguous and unused are unknown. */
  bound: boolean
  /**
   * Why unused step definitions were not looked for: a feature does not parse (its steps are
   * unknown), or only some feature files were checked (which definitions a project uses is a
   * question about all of it).
   */
  unusedNotJudged?: 'parse errors' | 'paths'
  counts: CheckCounts
  /** As `checkExitCode`. */
  exitCode: ExitCode
}

/**
 * 0 clean, 1 problems in the specs, 2 the check itself could not be done. The rule is
 * specified by example in features/rules/check-exit-code.feature and synthesised by specloop.
 */
export function checkExitCode(result: Omit<CheckResult, 'errors' | 'exitCode'>): ExitCode {
  const problems =
    result.parseErrors.length + result.undefinedSteps.length + result.ambiguousSteps.length + result.undefinedParameterTypes.length
  return exitCodeOf({ couldNotRun: result.fatalErrors.length, problems })
}

export interface UndefinedPattern {
  keyword: string
  expression: string
  /** How many distinct step texts it covers. */
  texts: number
  /** Where it is used: one entry per place in a feature file (an outline's rows share one). */
  uses: StepUse[]
}

/** Groups undefined step texts by the expression the step generator would write for them. */
function undefinedPatternsOf(
  features: ParsedFeature[],
  definitions: StepDefinitionInfo[],
  undefinedSteps: UndefinedStep[]
): UndefinedPattern[] {
  if (undefinedSteps.length === 0) return []
  // Every existing definition is respected here, generated or not: check only asks what is missing.
  const analysis = analyseSteps(features, definitions, { ownedFiles: new Set() })
  const groupOf = new Map<string, { expression: string; keyword: string }>()
  for (const step of analysis.steps) {
    const keyword = step.group.role === 'given' ? 'Given' : step.group.role === 'when' ? 'When' : 'Then'
    for (const { text } of [...step.group.texts, ...step.group.occurrences])
      groupOf.set(text, { expression: step.group.expression, keyword })
  }
  const patterns = new Map<string, UndefinedPattern & { seen: Set<string> }>()
  for (const step of undefinedSteps) {
    const group = groupOf.get(step.text) ?? { expression: step.text, keyword: step.uses[0]?.keyword.trim() ?? '' }
    const key = `${group.keyword} ${group.expression}`
    let pattern = patterns.get(key)
    if (!pattern) patterns.set(key, (pattern = { ...group, texts: 0, uses: [], seen: new Set() }))
    pattern.texts++
    for (const use of step.uses) {
      const place = `${use.uri}:${use.line}:${use.column}`
      if (!pattern.seen.has(place)) {
        pattern.seen.add(place)
        pattern.uses.push(use)
      }
    }
  }
  return [...patterns.values()].map(({ seen: _seen, ...pattern }) => pattern)
}

const emptyCounts = (): CheckCounts => ({
  features: 0,
  scenarios: 0,
  steps: 0,
  stepDefinitions: 0,
  parseErrors: 0,
  undefinedSteps: 0,
  undefinedPatterns: 0,
  ambiguousSteps: 0,
  unusedDefinitions: 0
})

export interface CheckOptions extends ProjectOptions {
  /** Feature files or folders (relative to cwd; a `:LINE` is ignored: the whole file is checked): only these are reported on. */
  paths?: string[]
}

/** Static verification: parse every feature, bind every step, report what is wrong. */
export async function check(options: CheckOptions): Promise<CheckResult> {
  const missing = missingPathError(path.resolve(options.cwd), options.paths ?? [], 'nothing was checked')
  const result = missing ? failedCheck(options.cwd, [missing]) : await checkSpecification(options)
  return { ...result, errors: [...result.fatalErrors, ...result.parseErrors], exitCode: checkExitCode(result) }
}

function failedCheck(cwd: string, fatalErrors: SpecloopError[]): Omit<CheckResult, 'errors' | 'exitCode'> {
  return {
    cwd,
    fatalErrors,
    parseErrors: [],
    warnings: [],
    undefinedSteps: [],
    undefinedPatterns: [],
    ambiguousSteps: [],
    unusedDefinitions: [],
    undefinedParameterTypes: [],
    bound: false,
    counts: emptyCounts()
  }
}

/**
 * Step definitions no step uses, or none when a feature does not parse: its steps are unknown,
 * so a definition only it uses would be listed as unused.
 */
function unusedDefinitionsOf(binding: Binding | undefined, sourceErrors: readonly SpecloopError[]): DefinitionLocation[] {
  return sourceErrors.length > 0 ? [] : (binding?.unusedDefinitions ?? [])
}

async function checkSpecification(options: CheckOptions): Promise<Omit<CheckResult, 'errors' | 'exitCode'>> {
  // The paths named are read as cucumber-js reads its arguments, in place of the configured ones
  // (so a file outside features/ is checked too); the support code is the project's whole.
  const loaded = await loadSpecification({ ...options, featureArguments: options.paths })
  if (loaded.error) return failedCheck(options.cwd, loaded.errors ?? [loaded.error])
  const checked = checkedResult(loaded.specification)
  if (!options.paths?.length) return checked
  // Which definitions a project uses is a question about all of it, not about some files.
  return {
    ...checked,
    unusedDefinitions: [],
    counts: { ...checked.counts, unusedDefinitions: 0 },
    unusedNotJudged: checked.unusedNotJudged ?? 'paths'
  }
}

function checkedResult(specification: Specification): Omit<CheckResult, 'errors' | 'exitCode'> {
  const { project, features, sourceErrors, warnings, support, binding } = specification
  const result: Omit<CheckResult, 'errors' | 'exitCode'> = {
    cwd: project.cwd,
    configFile: project.configFile,
    fatalErrors: support.errors,
    parseErrors: sourceErrors,
    warnings,
    undefinedSteps: binding?.undefinedSteps ?? [],
    undefinedPatterns: undefinedPatternsOf(features, support.definitions, binding?.undefinedSteps ?? []),
    ambiguousSteps: binding?.ambiguousSteps ?? [],
    unusedDefinitions: unusedDefinitionsOf(binding, sourceErrors),
    ...(sourceErrors.length > 0 ? { unusedNotJudged: 'parse errors' as const } : {}),
    undefinedParameterTypes: support.undefinedParameterTypes,
    bound: binding !== undefined,
    counts: emptyCounts()
  }
  result.counts = {
    features: features.length,
    scenarios: features.reduce((sum, feature) => sum + feature.pickles.length, 0),
    steps:
      binding?.steps.length ??
      features.reduce((sum, feature) => sum + feature.pickles.reduce((steps, pickle) => steps + pickle.steps.length, 0), 0),
    stepDefinitions: support.definitions.length,
    parseErrors: result.parseErrors.length,
    undefinedSteps: result.undefinedSteps.length,
    undefinedPatterns: result.undefinedPatterns.length,
    ambiguousSteps: result.ambiguousSteps.length,
    unusedDefinitions: result.unusedDefinitions.length
  }
  return result
}
