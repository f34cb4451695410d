/**
 * specloop's library API. Every function takes what it needs (cwd, env) and returns data;
 * only the CLI prints or exits.
 */
export { check, checkExitCode } from './api/check'
export type { CheckResult, CheckCounts } from './api/check'
export { init } from './api/init'
export type { InitOptions, InitResult } from './api/init'
export { verify } from './api/verify'
export type { VerifyOptions, VerifyResult, HollowScenario, AffectedSelection } from './api/verify'
export { traceQuery } from './api/trace'
export type { TraceQueryOptions, TraceQueryResult } from './api/trace'
export { report } from './api/report'
export type { ReportOptions, ReportResult, ReportFormat } from './api/report'
export { loadSpecification } from './api/specification'
export type { Specification } from './api/specification'
export { parseFeature, describeParseError } from './gherkin'
export type { ParsedFeature, FeatureSource } from './gherkin'
export { bindSteps } from './binding'
export type { Binding, StepDefinitionInfo } from './binding'
export type { SpecloopError } from './errors'
export { formatError } from './errors'
export { version } from './version'
