/**
 * An input every example gives the same value says nothing about how the rule reads it: a late
 * fee whose rows all share one due date fits a rule that ignores the due date as well as one that
 * counts from it, and no rival disagrees because none was ever asked to. Such a rule is not
 * confirmed; the question is the most ordinary row that varies that input alone.
 */
import type { Value } from '../operation'
import { probeValues } from './candidate'
import { type DistinguishingExample, type Doubt, QUESTION_PLAUSIBILITY, inDomain } from './confidence'
import { answersOf } from './questions'
import type { Column, ExampleTable } from './table'
import { sameValue } from './values'

/** The inputs whose value is the same on every example row (two rows or more), but those the step's own text writes. */
export function unvariedInputs(table: ExampleTable): Column[] {
  if (table.rows < 2) return []
  const written = new Set(table.operation.inputs.filter((input) => input.written === true).map((input) => input.name))
  return table.columns.filter((column) => !written.has(column.name) && column.values.every((value) => sameValue(value, column.values[0]!)))
}

/** Whether a probe is an example row with only the named input changed. */
function variesOnly(table: ExampleTable, inputs: Record<string, Value>, name: string): boolean {
  return table.examples.some((example) =>
    table.columns.every((column) => (column.name === name) !== sameValue(example.inputs[column.name]!, inputs[column.name]!))
  )
}

/** The row that varies an input the examples never vary, with the best rule's answer, or undefined. */
export const unvariedInputQuestion: Doubt = (problem, best, domain, written) =>
  rowVaryingOneOf(unvariedInputs(problem.table), problem, best, domain, written)

/**
 * The most plausible probe that is an example row with one of these inputs changed, with the best
 * rule's answer: the row that would show how the rule reads that input. Undefined where none is.
 */
export function rowVaryingOneOf(
  columns: readonly Column[],
  ...[problem, best, domain, written]: Parameters<Doubt>
): DistinguishingExample | undefined {
  if (columns.length === 0) return undefined
  const values = probeValues(best.program, problem.probes)
  let found: { plausibility: number; question: DistinguishingExample } | undefined
  problem.probes.forEach((probe, index) => {
    const value = values[index]
    if (value === undefined || probe.plausibility < QUESTION_PLAUSIBILITY) return
    if (found !== undefined && found.plausibility >= probe.plausibility) return
    if (!columns.some((column) => variesOnly(problem.table, probe.inputs, column.name))) return
    const answers = answersOf([{ program: written(best.program), value: inDomain(domain, value) as Value }])
    found = { plausibility: probe.plausibility, question: { inputs: probe.inputs, answers } }
  })
  return found?.question
}
