export { implementOperations, exampleRow, SYNTHESIS_GENERATOR } from './implement-operations'
export type { ImplementedOperations, OperationOutcome, OperationOutcomeStatus } from './implement-operations'
