/**
 * Which input is the lowest or the highest, answered by a label per input: the cheapest of three
 * named stations gives the station's name. Each input's label is the answer of every example row
 * where that input is the extreme one; every input must be so on some row, and the rows must agree.
 * On some rows only, it is a branch of a decision list ("no rain" when nothing fell, else the wettest day).
 */
import { type Candidate, type Problem, candidateOf } from './candidate'
import { WHICH_OF_THREE } from './operators'
import { type Program, apply, constant, evaluateProgram, input } from './program'
import { sameValue } from './values'

export function whichOfInputs(problem: Problem, rows: readonly number[] = [...Array(problem.table.rows).keys()]): Candidate[] {
  if (problem.output.type !== 'string') return []
  const numbers = problem.table.columns.filter((column) => column.type === 'number')
  if (numbers.length !== 3) return []
  const found: Candidate[] = []
  for (const operator of WHICH_OF_THREE) {
    const labels: Array<string | undefined> = numbers.map(() => undefined)
    let consistent = true
    for (const row of rows) {
      if (!consistent) break
      const values = numbers.map((column) => problem.table.examples[row]!.inputs[column.name] as number)
      const extreme = operator === 'whichLowestOfThree' ? Math.min(...values) : Math.max(...values)
      // A tie says nothing about whose label it is.
      if (values.filter((value) => value === extreme).length > 1) continue
      const index = values.indexOf(extreme)
      const answer = problem.target[row]
      if (typeof answer !== 'string') consistent = false
      else if (labels[index] === undefined) labels[index] = answer
      else if (labels[index] !== answer) consistent = false
    }
    if (!consistent || labels.some((label) => label === undefined) || new Set(labels).size !== labels.length) continue
    const program: Program = apply(operator, constant(labels as string[]), ...numbers.map((column) => input(column.name, column.type)))
    const right = (row: number) => {
      const result = evaluateProgram(program, problem.table.examples[row]!.inputs)
      return result.ok && sameValue(result.value, problem.target[row]!)
    }
    if (rows.every(right)) found.push(candidateOf(program, problem.prior.bits(program), 'expression'))
  }
  return found
}
