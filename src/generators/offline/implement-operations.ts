import type { PlannedOperation, RenderedOperationModule } from '../steps'
import { renderOperationStub, STUB_GENERATOR } from '../steps'
import { renderOperation, synthesizeCandidates, SynthesisOptions, SynthesisResult } from '../synthesis'

export const SYNTHESIS_GENERATOR = 'offline/synthesis'

export type OperationOutcomeStatus = 'synthesised' | 'no-rule' | 'stateful'

export interface OperationOutcome {
  name: string
  modulePath: string
  status: OperationOutcomeStatus
  /** Which consistent candidate (0 = the smallest) was written. */
  candidate: number
  size?: number
  /** One line per output: `cost = max(weight, 1) * 2 + 3`. */
  rules?: string[]
  /** Why no program was written: "no rule found for X within size N: ...", or "needs a model provider". */
  message?: string
  examples: number
  elapsedMs: number
}

export interface ImplementedOperations {
  modules: Map<string, RenderedOperationModule>
  outcomes: OperationOutcome[]
}

/** The n-th consistent program (0 = smallest), or the failure that ended the candidates. */
function candidateAt(operation: PlannedOperation, index: number, options: SynthesisOptions): SynthesisResult {
  let last: SynthesisResult | undefined
  let seen = 0
  for (const result of synthesizeCandidates(operation, options)) {
    last = result
    if (!result.ok) return result
    if (seen === index) return result
    seen++
  }
  return last!
}

/**
 * Writes the body of every operation the offline generator can: synthesised from the examples
 * when a rule exists, otherwise the typed stub that throws (and the outcome says why). Pure.
 * `candidates` picks, per operation name, a later consistent candidate when an earlier one
 * passed the examples but failed a scenario.
 */
export function implementOperations(operations: PlannedOperation[], options: { candidates?: Map<string, number>; synthesis?: SynthesisOptions } = {}): ImplementedOperations {
  const modules = new Map<string, RenderedOperationModule>()
  const outcomes: OperationOutcome[] = []
  for (const operation of operations) {
    const candidate = options.candidates?.get(operation.name) ?? 0
    const base = { name: operation.name, modulePath: operation.modulePath, candidate, examples: operation.examples.length }
    if (operation.stateful) {
      outcomes.push({ ...base, status: 'stateful', message: `${operation.name} needs a model provider: ${operation.reason ?? 'not a table of examples'}`, elapsedMs: 0 })
      continue
    }
    const started = Date.now()
    const result = candidateAt(operation, candidate, options.synthesis ?? {})
    const elapsedMs = Date.now() - started
    if (!result.ok) {
      outcomes.push({ ...base, status: 'no-rule', message: result.message, elapsedMs })
      modules.set(operation.modulePath, { body: renderOperationStub(operation) as string, generator: STUB_GENERATOR })
      continue
    }
    modules.set(operation.modulePath, { body: renderOperation(operation, result), generator: SYNTHESIS_GENERATOR })
    outcomes.push({ ...base, status: 'synthesised', size: result.size, rules: result.outputs.map((output) => `${output.name} = ${output.description}`), elapsedMs })
  }
  return { modules, outcomes }
}
