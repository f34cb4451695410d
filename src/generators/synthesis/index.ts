/**
 * Offline implementation synthesis: from an operation's examples, the smallest program in a
 * typed expression language that explains all of them, rendered as readable TypeScript.
 * Pure: data in, data out (the clock for the time budget is injectable).
 */
export { synthesize, synthesizeCandidates, DEFAULT_MAX_SIZE, DEFAULT_TIME_BUDGET_MS, DEFAULT_MAX_ENUMERATED } from './search'
export type { SynthesisOptions, SynthesisResult, SynthesisFailureReason, SynthesizedOutput, SearchStatistics } from './search'
export { renderOperation } from './render'
export type { SynthesisSuccess } from './render'
export { describeProgram } from './describe'
export { evaluateProgram, programSize } from './program'
export type { Program, Evaluation } from './program'
export type { Form } from './candidate'
// The corpus and the generalisation measures, for tests and bench/synthesis.
export { CORPUS, OWN_SPECIFICATIONS } from './corpus-operations'
export type { CorpusSpecification, HeldOutRow } from './corpus-operations'
export { leaveOut, passesRow } from './generalisation'
export type { LeaveOutReport } from './generalisation'
