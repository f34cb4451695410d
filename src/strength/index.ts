/**
 * Spec strength by mutation: mutation sites on the lines the scenarios ran, the scenarios each
 * mutant needs (from the trace), the scores per feature and their record under `.specloop/`.
 */
export { findMutants, applyMutant, describeMutant } from './mutants'
export type { Mutant, MutationOperator } from './mutants'
export { implementationFiles, scenariosByCoveredLine, scenarioLocation, selectionPaths, selectionKey } from './selection'
export { featureScores, overallScore, readStrengthRecord, writeStrengthRecord, STRENGTH_RECORD_VERSION } from './result'
export type { MutantStatus, MutantResult, KillingRow, FeatureScore, StrengthRecord } from './result'
