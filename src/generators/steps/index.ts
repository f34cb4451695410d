/** The step-definition generator: group undefined steps into typed Cucumber Expressions, plan the World, operations and files. */
export { analyseSteps } from './analyse'
export type {
  StepAnalysis,
  AnalysisOptions,
  PlannedStep,
  PlannedOperation,
  OperationParameter,
  WorldField,
  FieldType,
  GroupArgument,
  BooleanWords
} from './analyse'
export { groupSteps, inferExpression, escapeExpressionText, literalGroup } from './group'
export type { StepGroup, GroupParameter } from './group'
export { checkExpressions, parameterTypeRegistry, BOOLEAN_PARAMETER } from './verify'
export { scenarioFlows } from './occurrences'
export type { Slot, SlotKind, Piece, StepOccurrence, ScenarioFlow, StepRole, ArgumentKind } from './occurrences'
export { operationNameFromWhen, parameterNameFromContext, baseVerb, camelCase, toIdentifier, wordsOf, STOP_WORDS } from './naming'
export {
  renderStepFile,
  renderWorld,
  renderParameterTypes,
  renderOperationStub,
  fieldsOfWorld,
  stringLiteral,
  SETS_UP,
  WORLD_PATH,
  PARAMETER_TYPES_PATH,
  STEPS_DIRECTORY
} from './render'
export type { OperationModuleRenderer, RenderedOperationModule } from './render'
export { planStepFiles, STEPS_GENERATOR, STUB_GENERATOR } from './plan-files'
export type { FilePlanInput } from './plan-files'
