export { runGeneratedSuite, readSuiteMessages, topStackFrame, relativise, trimText } from './run-suite'
export type { RunSuiteOptions, SuiteResult, ScenarioResult, ScenarioStatus, StepDefinitionReference } from './run-suite'
export { typeCheck, parseCompilerOutput } from './type-check'
export type { TypeCheckResult } from './type-check'
export { buildFeedback, FEEDBACK_ITEM_LIMIT } from './feedback'
export { scoreOf, compareScores, describeScore } from './score'
export type { Score } from './score'
export { runRepairLoop, evaluateProject } from './loop'
export type {
  RepairLoopOptions,
  RoundRequest,
  RoundProposal,
  RoundReport,
  RoundOutcome,
  LoopSummary,
  LoopLimits,
  StopReason,
  Evaluation,
  FileDecisionNote
} from './loop'
