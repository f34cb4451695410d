/**
 * The contract between the step generator and implementation synthesis.
 *
 * Specification by Example: Given steps give inputs, one When step names an operation, Then
 * steps give the expected outputs. The step generator reads the features and produces one
 * `Operation` per When step (examples pooled across all scenarios that share it); synthesis
 * writes the operation's body.
 *
 * Signature convention of a generated operation (`generated/src/<name>.ts`):
 *   export function <name>(<input 1>: T1, <input 2>: T2, ...): R
 * inputs in the order of `inputs`; R is the output's type when there is exactly one output,
 * otherwise an object `{ <output 1>: T1, ... }` in the order of `outputs`.
 */
export type Value = number | string | boolean

export type ValueType = 'number' | 'string' | 'boolean'

export interface OperationInput {
  /** A valid, unique TypeScript identifier (from a placeholder name or neighbouring words). */
  name: string
  type: ValueType
  /** A string input with few distinct values (a tier, a zone): a mapping per value is a rule, not memorisation. */
  categorical?: boolean
  /**
   * Every value the input can take, when more are known than the examples show (the modes of a
   * state machine): the confidence test asks about the others too.
   */
  domain?: Value[]
  /**
   * A value the step's own text writes in every example ("litres per 100 km" in an outline whose
   * Examples fill the other values): the person chose it once, it is not a column to vary.
   */
  written?: boolean
  /** Decimals every example writes it with ("12.50", "20.00": 2), where they all agree: probes are written as precisely. */
  decimals?: number
}

export interface OperationOutput {
  name: string
  type: ValueType
}

export interface OperationExample {
  inputs: Record<string, Value>
  outputs: Record<string, Value>
  /** Where the example comes from, e.g. "features/shipping.feature:14" (an Examples row). */
  source: string
}

export interface Operation {
  /** Function name, from the When step: "the shipping cost is calculated" → calculateShippingCost. */
  name: string
  /** The When step text as written (placeholders kept). */
  whenText: string
  inputs: OperationInput[]
  outputs: OperationOutput[]
  examples: OperationExample[]
  /** Scenario names the examples came from, for the doc comment. */
  scenarios: string[]
  /**
   * The words the operation comes with — its steps' fixed text, the feature's and the rule's
   * descriptions — for synthesis's weak prior (never the example values).
   */
  context?: string
}

/**
 * Decimal outputs are compared with this tolerance, relative to the expected value's size:
 * |actual - expected| <= DECIMAL_TOLERANCE * max(1, |expected|). 37 °C is 98.6 °F even though
 * 37 * 1.8 + 32 is 98.60000000000001 in floating point.
 */
export const DECIMAL_TOLERANCE = 1e-9

export function valuesAgree(actual: Value, expected: Value): boolean {
  if (typeof actual === 'number' && typeof expected === 'number') {
    if (Number.isNaN(actual) || !Number.isFinite(actual)) return false
    return Math.abs(actual - expected) <= DECIMAL_TOLERANCE * Math.max(1, Math.abs(expected))
  }
  return actual === expected
}
