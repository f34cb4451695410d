/**
 * Offline implementation synthesis: from an operation's examples, the rule a careful engineer
 * would write — or, where the examples do not decide it, the question that would. Pure: data
 * in, data out (the clock for the time budget is injectable).
 */
export { synthesise, DEFAULT_MAX_LEVEL, DEFAULT_MAX_ENTRIES, DEFAULT_TIME_BUDGET_MS, COMPRESSION } from './search'
export type { SynthesisOptions, SynthesisResult, SynthesisFailureReason, SynthesisedOutput, SearchStatistics } from './search'
export type { DistinguishingExample } from './confidence'
export { MARGIN_BITS, CONFIDENCE } from './confidence'
export {
  apply,
  constant,
  describeProgram,
  evaluateProgram,
  input,
  inputsUsed,
  numericConstants,
  programSize,
  subprograms,
  substituteInputs
} from './program'
export { DECIMAL_HELPER, callsDecimal } from './numbers'
export { TWELVE_HOUR_HELPER, callsTwelveHour } from './clock'
export type { Program, Evaluation } from './program'
export type { Form } from './candidate'
export { renderOperation } from './render'
export { chargeWork, workClock, workDone, WORK_UNITS_PER_MS } from './work'
export type { SynthesisSuccess } from './render'
export { probeRows } from './probes'
export { namedNumbers, withoutNumbers } from './prior'
export type { Probe } from './probes'
export { tabulate, isTableProblem } from './table'
export type { ExampleTable } from './table'
export { type WordsAgainstRule, wordsAgainstRule } from './words-against-rows'
