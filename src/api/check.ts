import { exitCodeOf, SpecloopError } from '../errors'
import type { ProjectOptions } from '../project'
import type { AmbiguousStep, DefinitionLocation, UndefinedStep } from '../binding'
import { loadSpecification } from '../specification'

export interface CheckCounts {
  features: number
  scenarios: number
  steps: number
  stepDefinitions: number
  parseErrors: number
  undefinedSteps: number
  ambiguousSteps: number
  unusedDefinitions: number
}

export interface CheckResult {
  cwd: string
  configFile?: string
  /** A problem that stopped the check (no project, bad configuration, support code that throws). */
  fatalErrors: SpecloopError[]
  parseErrors: SpecloopError[]
  warnings: SpecloopError[]
  undefinedSteps: UndefinedStep[]
  ambiguousSteps: AmbiguousStep[]
  unusedDefinitions: DefinitionLocation[]
  undefinedParameterTypes: { name: string; expression: string }[]
  /** False when support code failed to load: steps were not bound, so undefined, ambiguous and unused are unknown. */
  bound: boolean
  counts: CheckCounts
}

/**
 * 0 clean, 1 problems in the specs, 2 the check itself could not be done. The rule is
 * specified by example in features/rules/check-exit-code.feature and synthesised by specloop.
 */
export function checkExitCode(result: CheckResult): number {
  const problems = result.parseErrors.length + result.undefinedSteps.length + result.ambiguousSteps.length + result.undefinedParameterTypes.length
  return exitCodeOf({ couldNotRun: result.fatalErrors.length, problems })
}

const emptyCounts = (): CheckCounts => ({
  features: 0, scenarios: 0, steps: 0, stepDefinitions: 0, parseErrors: 0, undefinedSteps: 0, ambiguousSteps: 0, unusedDefinitions: 0
})

/** Static verification: parse every feature, bind every step, report what is wrong. */
export async function check(options: ProjectOptions): Promise<CheckResult> {
  const loaded = await loadSpecification(options)
  if (loaded.error) {
    return {
      cwd: options.cwd, fatalErrors: [loaded.error], parseErrors: [], warnings: [], undefinedSteps: [], ambiguousSteps: [],
      unusedDefinitions: [], undefinedParameterTypes: [], bound: false, counts: emptyCounts()
    }
  }
  const { project, features, sourceErrors, warnings, support, binding } = loaded.specification
  const result: CheckResult = {
    cwd: project.cwd,
    configFile: project.configFile,
    fatalErrors: support.errors,
    parseErrors: sourceErrors,
    warnings,
    undefinedSteps: binding?.undefinedSteps ?? [],
    ambiguousSteps: binding?.ambiguousSteps ?? [],
    unusedDefinitions: binding?.unusedDefinitions ?? [],
    undefinedParameterTypes: support.undefinedParameterTypes,
    bound: binding !== undefined,
    counts: emptyCounts()
  }
  result.counts = {
    features: features.length,
    scenarios: features.reduce((sum, feature) => sum + feature.pickles.length, 0),
    steps: binding?.steps.length ?? features.reduce((sum, feature) => sum + feature.pickles.reduce((steps, pickle) => steps + pickle.steps.length, 0), 0),
    stepDefinitions: support.definitions.length,
    parseErrors: result.parseErrors.length,
    undefinedSteps: result.undefinedSteps.length,
    ambiguousSteps: result.ambiguousSteps.length,
    unusedDefinitions: result.unusedDefinitions.length
  }
  return result
}
