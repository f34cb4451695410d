/**
 * Row loops for the operators the bank enumerates most (order, equality, logic, arithmetic,
 * rounding), with each operation written inline: the generic loop calls every operator's
 * `apply` through one call site, which the engine cannot inline, and that call dominated the
 * bank's time. Each case means exactly what the operator's `apply` in operators.ts means
 * (rows.test.ts checks them against it).
 */
import type { OperatorName } from './operators'
import type { SynthValue } from './values'
import { asDecimal, roundHalfUp, sameDecimal } from './numbers'

type Row = SynthValue | undefined

const PAIR_OPERATORS = [
  'less',
  'lessOrEqual',
  'greater',
  'greaterOrEqual',
  'equal',
  'add',
  'subtract',
  'multiply',
  'divide',
  'min',
  'max',
  'remainder',
  'and',
  'or'
] as const
export type PairOperator = (typeof PAIR_OPERATORS)[number]

export function hasPairLoop(operator: OperatorName): operator is PairOperator {
  return (PAIR_OPERATORS as readonly string[]).includes(operator)
}

/** A number as a program's value: NaN and infinities are none, -0 is 0 (as `finite` in operators.ts). */
function finite(value: number): number | undefined {
  return Number.isFinite(value) ? (value === 0 ? 0 : value) : undefined
}

/** The operator's value on one row; undefined where an operand is undefined or of another type. */
export function pairValue(operator: PairOperator, a: Row, b: Row): Row {
  if (a === undefined || b === undefined) return undefined
  if (operator === 'and' || operator === 'or') {
    if (typeof a !== 'boolean' || typeof b !== 'boolean') return undefined
    return operator === 'and' ? a && b : a || b
  }
  if (typeof a !== 'number' || typeof b !== 'number') return undefined
  switch (operator) {
    // Compared as the decimals they stand for (numbers.ts `sameDecimal`).
    case 'less':
      return a < b && !sameDecimal(a, b)
    case 'lessOrEqual':
      return a <= b || sameDecimal(a, b)
    case 'greater':
      return a > b && !sameDecimal(a, b)
    case 'greaterOrEqual':
      return a >= b || sameDecimal(a, b)
    case 'equal':
      return sameDecimal(a, b)
    case 'add':
      return finite(a + b)
    case 'subtract':
      return finite(a - b)
    case 'multiply':
      return finite(a * b)
    case 'divide':
      return b === 0 ? undefined : finite(a / b)
    case 'min':
      return Math.min(a, b)
    case 'max':
      return Math.max(a, b)
    case 'remainder':
      return b === 0 ? undefined : finite(a % b)
  }
}

const SINGLE_OPERATORS = ['abs', 'negate', 'floor', 'ceil', 'round', 'roundCents', 'not'] as const
export type SingleOperator = (typeof SINGLE_OPERATORS)[number]

export function hasSingleLoop(operator: OperatorName): operator is SingleOperator {
  return (SINGLE_OPERATORS as readonly string[]).includes(operator)
}

/** The unary operator's value on one row; undefined where the operand is undefined or of another type. */
export function singleValue(operator: SingleOperator, a: Row): Row {
  if (operator === 'not') return typeof a === 'boolean' ? !a : undefined
  if (typeof a !== 'number') return undefined
  switch (operator) {
    case 'abs':
      return finite(Math.abs(a))
    case 'negate':
      return finite(-a)
    case 'floor':
      return finite(Math.floor(asDecimal(a)))
    case 'ceil':
      return finite(Math.ceil(asDecimal(a)))
    case 'round':
      return finite(Math.round(asDecimal(a)))
    case 'roundCents':
      return finite(roundHalfUp(a, 2))
  }
}

/** As pairRows, for a unary operator. */
export function singleRows(
  operator: SingleOperator,
  operand: readonly Row[],
  out: Row[],
  from: number,
  to: number,
  exampleRows: number
): boolean {
  for (let row = from; row < to; row++) {
    const value = singleValue(operator, operand[row])
    if (value === undefined && row < exampleRows) return false
    out[row] = value
  }
  return true
}

/**
 * The operator on rows `from` to `to` of two operands' values, into `out`. False, and stopped,
 * at the first row before `exampleRows` where it is undefined.
 */
export function pairRows(
  operator: PairOperator,
  left: readonly Row[],
  right: readonly Row[],
  out: Row[],
  from: number,
  to: number,
  exampleRows: number
): boolean {
  for (let row = from; row < to; row++) {
    const value = pairValue(operator, left[row], right[row])
    if (value === undefined && row < exampleRows) return false
    out[row] = value
  }
  return true
}
