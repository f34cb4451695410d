/**
 * Generators: the step-definition writer (offline, deterministic) and the contract it shares
 * with implementation synthesis.
 */
import type { Specification } from '../specification'
import { analyseSteps, AnalysisOptions, PlannedOperation } from './steps'

export * from './operation'
export * from './steps'

/**
 * The operations a specification asks for, one per When step (examples pooled across the
 * scenarios that share it), in the contract's shape. Pure over the parsed features and the
 * loaded step definitions; step definitions under generated/ count as specloop's own, so
 * steps it generated before are still analysed. Operations marked `stateful` are not tables
 * of examples: the caller reports that they need a model provider.
 */
export function extractOperations(
  specification: Pick<Specification, 'features' | 'support'>,
  options: AnalysisOptions = {}
): PlannedOperation[] {
  return analyseSteps(specification.features, specification.support.definitions, options).operations
}
