/**
 * specloop's library API. Every function takes what it needs (cwd, env) and returns data;
 * only the CLI prints or exits.
 */
export { check, checkExitCode } from './api/check'
export type { CheckResult, CheckCounts } from './api/check'
export { init } from './api/init'
export type { InitOptions, InitResult } from './api/init'
export { generate, generateExitCode } from './api/generate'
export type { GenerateOptions, GenerateResult } from './api/generate'
export { extractOperations } from './generators'
export type { PlannedOperation, OperationModuleRenderer } from './generators'
export { loadSpecification } from './api/specification'
export type { Specification } from './api/specification'
export { parseFeature, describeParseError } from './gherkin'
export type { ParsedFeature, FeatureSource } from './gherkin'
export { bindSteps } from './binding'
export type { Binding, StepDefinitionInfo } from './binding'
export type { SpecloopError } from './errors'
export { formatError } from './errors'
export { version } from './version'
