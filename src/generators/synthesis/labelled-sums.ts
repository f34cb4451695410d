/**
 * Amounts given in pairs with a label (a Given a scenario repeats: "a sale of 4.50 paid by card",
 * "3 robins"): a number output may be the total of the amounts of one label. The label is read
 * off the rows: each text the pairs hold is tried, and the rule must explain every row.
 */
import { type Candidate, type Problem, candidateOf, explains } from './candidate'
import { SUM_BY_LABEL } from './operators'
import { type Program, apply, constant, input } from './program'
import type { Column } from './table'

export function sumsByLabel(problem: Problem): Candidate[] {
  if (problem.output.type !== 'number') return []
  const pairs = amountLabelPairs(problem.table.columns)
  const operator = pairs === undefined ? undefined : SUM_BY_LABEL[pairs.length as keyof typeof SUM_BY_LABEL]
  if (pairs === undefined || operator === undefined) return []
  const labels = new Set<string>()
  for (const example of problem.table.examples)
    for (const [, label] of pairs) {
      const value = example.inputs[label.name]
      if (typeof value === 'string') labels.add(value)
    }
  const found: Candidate[] = []
  for (const label of labels) {
    const program: Program = apply(
      operator,
      constant(label),
      ...pairs.flatMap(([amount, key]) => [input(amount.name, 'number'), input(key.name, 'string')])
    )
    if (explains(program, problem)) found.push(candidateOf(program, problem.prior.bits(program), 'expression'))
  }
  return found
}

/** The inputs as amount-and-label pairs in the order given (`first, bird1, second, bird2`), or undefined where they are not. */
function amountLabelPairs(columns: readonly Column[]): Array<[Column, Column]> | undefined {
  if (columns.length < 4 || columns.length % 2 !== 0) return undefined
  const pairs: Array<[Column, Column]> = []
  for (let index = 0; index < columns.length; index += 2) {
    const [a, b] = [columns[index]!, columns[index + 1]!]
    if (a.type === 'number' && b.type === 'string') pairs.push([a, b])
    else if (a.type === 'string' && b.type === 'number') pairs.push([b, a])
    else return undefined
  }
  return pairs
}
