export { bindSteps } from './bind'
export type { Binding, BoundStep, StepDefinitionInfo, StepUse, UndefinedStep, AmbiguousStep, DefinitionLocation } from './bind'
export { loadSupportCode } from './load-support'
export type { LoadedSupport } from './load-support'
