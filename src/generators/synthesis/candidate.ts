/**
 * The problem every form works on (one output of one operation) and what forms produce: a
 * program consistent with the examples, its description length, and its values on the probes.
 * Row sets are bitmasks (bigint, one bit per example row).
 */
import type { OperationOutput, Value } from '../operation'
import type { Bank, Entry } from './bank'
import type { Prior } from './prior'
import type { Probe } from './probes'
import { type Program, evaluateProgram } from './program'
import type { ExampleTable } from './table'
import { type SynthValue, sameValue } from './values'

/** How a candidate was found: for the report, never for ranking (the prior ranks). */
export type Form = 'expression' | 'affine' | 'linear' | 'cap' | 'decision-list' | 'lookup' | 'per-category' | 'template'

export interface Candidate {
  program: Program
  bits: number
  form: Form
}

export interface Problem {
  table: ExampleTable
  probes: readonly Probe[]
  bank: Bank
  prior: Prior
  output: OperationOutput
  /** The expected output on each example row. */
  target: Value[]
  /** Every example row. */
  all: bigint
  /** Stops long searches (the time budget). */
  expired(): boolean
  /** Inputs that are percentages the words give by bands of a number ("15% off for 10 or more"). */
  percentInputs?: readonly string[]
}

export function maskOf(rows: readonly number[]): bigint {
  let mask = 0n
  for (const row of rows) mask |= 1n << BigInt(row)
  return mask
}

const SMALL_MASK = 0x7fffffffn

export function rowsOf(mask: bigint, count: number): number[] {
  const rows: number[] = []
  // Tables are small: a mask that fits a 31-bit integer is read without bigint arithmetic.
  if (mask >= 0n && mask <= SMALL_MASK) {
    const small = Number(mask)
    for (let row = 0; row < count && row < 31; row++) if ((small >> row) & 1) rows.push(row)
    return rows
  }
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

/** Example rows on which an entry gives the expected output. */
function agreeingMask(entry: Entry, target: readonly Value[]): bigint {
  let mask = 0n
  for (let row = 0; row < target.length; row++) if (sameValue(entry.values[row]!, target[row]!)) mask |= 1n << BigInt(row)
  return mask
}

/** Rows on which a boolean entry holds. */
export function truthMask(entry: Entry, rows: number): bigint {
  let mask = 0n
  for (let row = 0; row < rows; row++) if (entry.values[row] === true) mask |= 1n << BigInt(row)
  return mask
}

export function candidateOf(program: Program, bits: number, form: Form): Candidate {
  return { program, bits, form }
}

/** A program's values on the probe rows (undefined where it has none). */
export function probeValues(program: Program, probes: readonly Probe[]): Array<SynthValue | undefined> {
  return probes.map((probe) => {
    const result = evaluateProgram(program, probe.inputs)
    return result.ok ? result.value : undefined
  })
}

/** True when the program gives every example's expected output (or, given rows, those rows'). */
export function explains(program: Program, problem: Problem, rows?: readonly number[]): boolean {
  return (rows ?? problem.table.examples.map((_, row) => row)).every((row) => {
    const result = evaluateProgram(program, problem.table.examples[row]!.inputs)
    return result.ok && sameValue(result.value, problem.target[row]!)
  })
}

/**
 * Entries grouped by the example rows they get right: "which expressions are correct on these
 * rows" is then a scan over groups, not over the bank.
 */
export class AgreementIndex {
  private readonly groups: Array<{ mask: bigint; entries: Entry[] }> = []

  constructor(problem: Problem, maxBits: number, perGroup = 3) {
    const byMask = new Map<bigint, Entry[]>()
    for (const entry of problem.bank.all(problem.output.type, maxBits)) {
      const mask = agreeingMask(entry, problem.target)
      if (mask === 0n) continue
      const group = byMask.get(mask)
      if (group === undefined) byMask.set(mask, [entry])
      else if (group.length < perGroup) group.push(entry)
    }
    for (const [mask, entries] of byMask) this.groups.push({ mask, entries })
  }

  /** Entries correct on every row of `mask`, cheapest first. */
  correctOn(mask: bigint, limit = 6): Entry[] {
    const found: Entry[] = []
    for (const group of this.groups) if ((group.mask & mask) === mask) found.push(...group.entries)
    return found.sort((a, b) => a.bits - b.bits || a.order - b.order).slice(0, limit)
  }
}
