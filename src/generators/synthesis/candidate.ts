/**
 * What every search form produces, and the problem it works on: one output of one operation.
 * Row sets are bitmasks (bigint, one bit per example row).
 */
import { type OperationOutput, type Value, valuesAgree } from '../operation'
import type { Bank, Entry } from './bank'
import type { Program } from './program'
import type { ExampleTable } from './table'

/**
 * How a program was found; also the tie-break order between forms of the same size. A sum of
 * scaled inputs reads better than an enumerated expression of the same size that means the
 * same (`a * 2 + b * 3`, not `b + (a + b) * 2`).
 */
export const FORMS = ['constant', 'combination', 'expression', 'affine', 'bands', 'cap', 'template', 'lookup', 'match', 'decision-list'] as const
export type Form = (typeof FORMS)[number]

export interface Candidate {
  program: Program
  size: number
  /**
   * Constants learnt from the example outputs (coefficients, caps, table values, branch
   * results). Each needs its own evidence: a rule with as many free constants as rows is a
   * lookup in disguise.
   */
  fitted: number
  form: Form
  /** Distinct predicate families a decision list mixes (thresholds, divisibility...): 1 is coherent. */
  families: number
  /** Bank order of the main ingredient: the last, deterministic tie-break. */
  order: number
}

export interface Problem {
  table: ExampleTable
  bank: Bank
  output: OperationOutput
  target: Value[]
  /** Every row. */
  all: bigint
}

export function maskOf(rows: readonly number[]): bigint {
  let mask = 0n
  for (const row of rows) mask |= 1n << BigInt(row)
  return mask
}

export function rowsOf(mask: bigint, count: number): number[] {
  const rows: number[] = []
  for (let row = 0; row < count; row++) if ((mask >> BigInt(row)) & 1n) rows.push(row)
  return rows
}

export function countRows(mask: bigint): number {
  let count = 0
  let rest = mask
  while (rest !== 0n) {
    rest &= rest - 1n
    count++
  }
  return count
}

/** Rows (of `rows`) on which the entry gives the expected output. */
export function agreeingMask(entry: Entry, target: readonly Value[]): bigint {
  let mask = 0n
  for (let row = 0; row < target.length; row++) {
    if (valuesAgree(entry.values[row]!, target[row]!)) mask |= 1n << BigInt(row)
  }
  return mask
}

/** Size first; a decision list that mixes rule families pays one node per extra family. */
export function orderingCost(candidate: Candidate): number {
  return candidate.size + Math.max(0, candidate.families - 1)
}

export function compareCandidates(a: Candidate, b: Candidate): number {
  return orderingCost(a) - orderingCost(b) || a.size - b.size || FORMS.indexOf(a.form) - FORMS.indexOf(b.form) || a.order - b.order
}

/**
 * Evidence a rule needs before it may explain a group of rows: a constant result must be seen
 * at least twice, anything else at least three times and once more than it has free constants.
 * One row explained by one constant is memorisation.
 */
export function hasEvidence(candidate: Candidate, rows: number): boolean {
  if (candidate.form === 'constant') return rows >= 2
  return rows >= Math.max(3, candidate.fitted + 2)
}
