/**
 * specloop's library API. Every function takes what it needs (cwd, env) and returns data;
 * only the CLI prints or exits.
 */
export { check, checkExitCode } from './api/check'
export type { CheckResult, CheckCounts } from './api/check'
export { init } from './api/init'
export type { InitOptions, InitResult, SpecloopDependency } from './api/init'
export { generate, generateExitCode } from './api/generate'
export type { GenerateOptions, GenerateResult, OperationOutcome } from './api/generate'
// The generate variants of the CLI: the offline loop, the freshness check (`--check`), a model after the offline pass.
export { generateOffline } from './api/generate-offline'
export type { OfflineLoopOptions, OfflineLoopLimits, OfflineLoopResult, OfflineRound, OfflineStopReason } from './api/generate-offline'
export { checkGenerated } from './api/generate-check'
export type { GeneratedFreshness } from './api/generate-check'
export { generateWithModelAfterOffline, describeScore } from './api/generate-model'
export type { ModelAfterOfflineResult, ModelGenerateOptions, ModelGenerateResult, ModelRoundReport } from './api/generate-model'
// Which of them runs: the generator (flags, else specloop.json) and the variant the options ask for.
export { resolveGenerator, chooseGenerateMode } from './api/generate-mode'
export type {
  GeneratorName,
  GeneratorChoice,
  ResolvedGenerator,
  ModelRunOptions,
  GenerateMode,
  GenerateModeRequest
} from './api/generate-mode'
export { extractOperations } from './generators'
export type { PlannedOperation, OperationModuleRenderer } from './generators'
export { verify } from './api/verify'
export type { VerifyOptions, VerifyResult, HollowScenario, AffectedSelection } from './api/verify'
export { strength } from './api/strength'
export type { StrengthOptions, StrengthResult } from './api/strength'
export type { StrengthRecord, MutantResult, FeatureScore, KillingRow, MutantStatus, MutationOperator } from './strength'
export { watch } from './api/watch'
export type { WatchOptions, WatchResult, WatchEvent, WatchRun } from './api/watch'
export { merge } from './api/merge'
export type { MergeOptions, MergeResult, MergedRun } from './api/merge'
export { traceQuery } from './api/trace'
export type { TraceQueryOptions, TraceQueryResult } from './api/trace'
export { traceMatrix } from './api/matrix'
export type { MatrixOptions, MatrixResult } from './api/matrix'
export { report, REPORT_FORMATS, REPORT_FORMAT_NAMES, isReportFormat, formatCountSummary } from './api/report'
export type { ReportOptions, ReportResult, ReportFormat } from './api/report'
export { run } from './api/run'
export type { RunOptions, RunResult, RunPhase } from './api/run'
export { loadSpecification } from './specification'
export type { Specification } from './specification'
export { parseFeature, describeParseError } from './gherkin'
export type { ParsedFeature, FeatureSource } from './gherkin'
export { bindSteps } from './binding'
export type { Binding, StepDefinitionInfo } from './binding'
export type { SpecloopError } from './errors'
export { formatError } from './errors'
export { version } from './version'
export { verifyProjectLedger, migrateProjectLedger, showLedger, describeLedgerEntry } from './api/ledger'
export type { LedgerVerifyResult, LedgerMigrateResult, LedgerShowResult, LedgerOptions, LedgerShowOptions } from './api/ledger'
export { metrics } from './api/metrics'
export type { MetricsOptions, MetricsResult } from './api/metrics'
export type { CommitFigures, DayFigures, Known, LoopFigures, ProjectMetrics } from './metrics'
export { approve, status } from './api/governance'
export type { ApproveOptions, ApproveResult, StatusOptions, StatusResult } from './api/governance'
export { gate } from './api/gate'
export type { GateOptions, GateResult, GateCheckResult } from './api/gate'
export { newFeature, templates } from './api/templates'
export type { NewFeatureOptions, NewFeatureResult, TemplateListing, TemplatesOptions, TemplatesResult } from './api/templates'
